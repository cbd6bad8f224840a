"""Benchmarks: each module runs as a script (`python bench/NAME.py`); see its docstring."""
