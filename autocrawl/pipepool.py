"""Worker processes fed over their stdin and stdout, on the crawl's asyncio loop.

Each call is one length-prefixed pickle written to a child's stdin (the function, by reference,
and its arguments) and one read back from its stdout (the result or the exception). The loop's
pipe transports do the non-blocking reads and writes, so a call costs its two pickles and its
system calls: no feeder or manager threads, no locks shared between processes and no resource
tracker, which is what `concurrent.futures.ProcessPoolExecutor` adds to every call.

A child ends when it reads a stop frame or its stdin closes (`PipePool.close`), and, on Linux,
when the process that started it dies, even by SIGKILL (`die_with_parent`). A child that dies
fails its calls in flight with `ChildGone`; the caller decides what to do with them (run them
itself, say).

With `call_timeout`, a call that a child has worked on for longer than that (wall time since it
took the call up, not since it was queued) fails with `CallTimedOut`: the child is killed, its
other calls fail with `ChildGone`, and a new child takes its place. A hostile page that would
keep a child busy for minutes costs at most `call_timeout`.
"""

from __future__ import annotations

import asyncio
import contextlib
import ctypes
import fcntl
import importlib
import logging
import os
import pickle
import signal
import struct
import subprocess
import sys
import time
from collections import deque
from collections.abc import Callable
from typing import IO, Any, TypeVar

logger = logging.getLogger(__name__)

T = TypeVar("T")
FRAME = struct.Struct("<Q")  # the length of the pickle that follows
STOP = 0  # a frame of no pickle, to a worker: it ends
READY = 0  # a frame of no pickle, from a worker: it has started and reads its calls
PR_SET_PDEATHSIG = 1  # linux/prctl.h
PIPE_BYTES = 1 << 20  # the default /proc/sys/fs/pipe-max-size


class ChildGone(Exception):
    """The worker process ended before it answered."""


class CallTimedOut(Exception):
    """The worker process took longer than the pool's `call_timeout` over this call; it was killed."""


def die_with_parent(parent_pid: int) -> None:
    """In a child: end it when its parent dies, even by SIGKILL.

    On Linux the kernel sends SIGKILL to the child when its parent goes (prctl
    PR_SET_PDEATHSIG); if the parent is already gone when the child gets here, it exits at once.
    Elsewhere this is a no-op and the closed stdin is all there is."""
    if sys.platform.startswith("linux"):
        try:
            libc = ctypes.CDLL(None, use_errno=True)
            libc.prctl(PR_SET_PDEATHSIG, signal.SIGKILL, 0, 0, 0)
        except (OSError, AttributeError):  # no prctl: rely on the closed pipe
            logger.debug("prctl(PR_SET_PDEATHSIG) unavailable")
    if os.getppid() != parent_pid:
        os._exit(0)


class _Child:
    """One worker process and the calls it has not answered yet, oldest first."""

    def __init__(self, proc: subprocess.Popen[bytes]) -> None:
        self.proc = proc
        self.pending: deque[asyncio.Future[Any]] = deque()
        self.writer: asyncio.WriteTransport | None = None
        self.connecting: asyncio.Task[None] | None = None  # the first call connects the pipes
        self.alive = True
        self.head_since = 0.0  # monotonic time the child took up its oldest pending call
        self.ready = False  # it has said it is started (its start-up is no call's time)

    def fail_all(self, reason: str) -> None:
        self.alive = False
        while self.pending:
            future = self.pending.popleft()
            if not future.done():
                future.set_exception(ChildGone(reason))


class _Replies(asyncio.Protocol):
    """Reads a child's stdout: each frame answers the oldest call in flight."""

    def __init__(self, child: _Child) -> None:
        self.child = child
        self.buffer = bytearray()

    def data_received(self, data: bytes) -> None:
        self.buffer += data
        view = self.buffer
        start = 0
        while len(view) - start >= FRAME.size:
            (size,) = FRAME.unpack_from(view, start)
            if size == READY:  # the child has loaded its modules: its first call starts now
                start += FRAME.size
                self.child.ready = True
                self.child.head_since = time.monotonic()
                continue
            end = start + FRAME.size + size
            if len(view) < end:
                break
            try:
                ok, value = pickle.loads(memoryview(view)[start + FRAME.size : end])
            except Exception as exc:  # e.g. an exception class that cannot be rebuilt here
                ok, value = False, RuntimeError(f"unreadable answer: {exc!r}")
            start = end
            future = self.child.pending.popleft()
            self.child.head_since = time.monotonic()  # the child reads its next call at once
            if future.done():  # its caller gave up (cancelled)
                continue
            if ok:
                future.set_result(value)
            else:
                future.set_exception(value)
        if start:
            del self.buffer[:start]

    def connection_lost(self, exc: Exception | None) -> None:
        self.child.fail_all(f"extraction process {self.child.proc.pid} ended")


def _widen(pipe: IO[bytes] | None) -> None:
    """Give the pipe room for several pages (Linux: 64 KB by default, less than one page of
    150 KB), so that a page is handed over in one write even while the crawl process is busy
    with other work and cannot come back to finish it."""
    if pipe is None or not hasattr(fcntl, "F_SETPIPE_SZ"):
        return
    with contextlib.suppress(OSError):  # above /proc/sys/fs/pipe-max-size for this user
        fcntl.fcntl(pipe.fileno(), fcntl.F_SETPIPE_SZ, PIPE_BYTES)


class PipePool:
    """`processes` worker processes, started at once; each imports the module `preload` (if any)
    and runs its `warm_up()` (if it has one) while the crawl starts, before its first call."""

    def __init__(self, processes: int, preload: str = "", call_timeout: float | None = None) -> None:
        self.preload = preload
        self.call_timeout = call_timeout if call_timeout and call_timeout > 0 else None
        self.children = [self._start(preload) for _ in range(processes)]
        self._watchdog: asyncio.Task[None] | None = None

    @staticmethod
    def _start(preload: str) -> _Child:
        proc = subprocess.Popen(
            [sys.executable, "-m", "autocrawl.pipepool", str(os.getpid()), preload],
            stdin=subprocess.PIPE,
            stdout=subprocess.PIPE,
            env={**os.environ, "PYTHONPATH": os.pathsep.join(p or os.getcwd() for p in sys.path)},
        )
        for pipe in (proc.stdin, proc.stdout):
            _widen(pipe)
        return _Child(proc)

    @property
    def alive(self) -> bool:
        return any(child.alive for child in self.children)

    async def call(self, function: Callable[..., T], *args: Any) -> T:
        """`function(*args)` in the least busy worker; its exception is raised here. ChildGone
        when no worker is left or the one given the call dies first."""
        children = [c for c in self.children if c.alive]
        if not children:
            raise ChildGone("no extraction process left")
        child = min(children, key=lambda c: len(c.pending))
        loop = asyncio.get_running_loop()
        if child.writer is None:
            if child.connecting is None:
                child.connecting = loop.create_task(self._connect(child, loop))
            try:
                await asyncio.shield(child.connecting)
            except OSError as exc:  # its pipes are gone: as good as dead
                child.fail_all(f"extraction process {child.proc.pid} cannot be reached: {exc}")
                raise ChildGone(str(exc)) from exc
            if not child.alive:
                raise ChildGone(f"extraction process {child.proc.pid} ended")
        blob = pickle.dumps((function, args), protocol=pickle.HIGHEST_PROTOCOL)
        future: asyncio.Future[T] = loop.create_future()
        if not child.pending and child.ready:
            child.head_since = time.monotonic()
        child.pending.append(future)
        if self.call_timeout is not None and self._watchdog is None:
            self._watchdog = loop.create_task(self._watch(self.call_timeout))
        assert child.writer is not None
        child.writer.write(FRAME.pack(len(blob)))
        child.writer.write(blob)
        return await future

    async def _watch(self, timeout: float) -> None:
        """Kill and replace a child that has been over one call for longer than `timeout`."""
        while self.children:
            await asyncio.sleep(min(1.0, timeout / 4))
            now = time.monotonic()
            for index, child in enumerate(self.children):
                if child.alive and child.ready and child.pending and now - child.head_since > timeout:
                    self.children[index] = self._replace(child, timeout)

    def _replace(self, child: _Child, timeout: float) -> _Child:
        stuck = child.pending.popleft()
        if not stuck.done():
            stuck.set_exception(CallTimedOut(f"no answer in {timeout:g} s"))
        child.fail_all(f"extraction process {child.proc.pid} was stopped: a page took over {timeout:g} s")
        if child.writer is not None:
            child.writer.close()
        child.proc.kill()
        with contextlib.suppress(subprocess.TimeoutExpired):
            child.proc.wait(timeout=5)
        return self._start(self.preload)

    @staticmethod
    async def _connect(child: _Child, loop: asyncio.AbstractEventLoop) -> None:
        assert child.proc.stdin is not None and child.proc.stdout is not None
        writer, _ = await loop.connect_write_pipe(asyncio.Protocol, child.proc.stdin)
        await loop.connect_read_pipe(lambda: _Replies(child), child.proc.stdout)
        child.writer = writer

    def close(self) -> None:
        """Tell every worker to stop once it has answered what it was given, and reap it."""
        if self._watchdog is not None:
            self._watchdog.cancel()
            self._watchdog = None
        for child in self.children:
            child.alive = False
            if child.writer is not None:  # its close is the loop's to finish: say stop instead
                if not child.writer.is_closing():  # (closing: the worker is gone)
                    child.writer.write(FRAME.pack(STOP))
                child.writer.close()
            elif child.proc.stdin is not None:
                child.proc.stdin.close()
        for child in self.children:
            try:
                child.proc.wait(timeout=5)
            except subprocess.TimeoutExpired:
                child.proc.kill()
                child.proc.wait()
            child.fail_all("the pool was closed")
        self.children = []


def _read_exact(stream: IO[bytes], size: int) -> bytes | None:
    data = stream.read(size)
    return data if len(data) == size else None


def serve(parent_pid: int, preload: str = "") -> None:
    """A worker's loop: read a call from stdin, write its answer to stdout, until stdin closes."""
    die_with_parent(parent_pid)
    signal.signal(signal.SIGINT, signal.SIG_IGN)  # Ctrl-C stops the crawl, which closes our stdin
    if preload:
        module = importlib.import_module(preload)
        warm_up = getattr(module, "warm_up", None)
        if callable(warm_up):  # models loaded now are no call's time (`call_timeout`)
            warm_up()
    calls = sys.stdin.buffer
    answers = os.fdopen(os.dup(1), "wb")
    os.dup2(2, 1)  # a stray print() goes to stderr, not into the answers
    sys.stdout = sys.stderr
    answers.write(FRAME.pack(READY))
    answers.flush()
    while True:
        head = _read_exact(calls, FRAME.size)
        size = STOP if head is None else FRAME.unpack(head)[0]
        body = _read_exact(calls, size) if size != STOP else None
        if body is None:
            return
        try:
            function, args = pickle.loads(body)
            answer: tuple[bool, Any] = (True, function(*args))
        except Exception as exc:  # the caller's to handle
            answer = (False, exc)
        try:
            blob = pickle.dumps(answer, protocol=pickle.HIGHEST_PROTOCOL)
        except Exception as exc:  # an answer that cannot cross: say why instead
            blob = pickle.dumps((False, RuntimeError(f"unpicklable answer: {exc!r}")))
        answers.write(FRAME.pack(len(blob)))
        answers.write(blob)
        answers.flush()


if __name__ == "__main__":
    serve(int(sys.argv[1]), sys.argv[2] if len(sys.argv) > 2 else "")
