"""A TCP forwarder on 127.0.0.1 that a test can cut, to play a database outage without touching
the database server: `cut()` closes the listener (new connections are refused) and resets every
live connection; `restore()` listens again on the same port. `stall()` plays a server that
is there but never answers (a hung host, a black-holing middlebox): every connection, live or
new, is kept open and nothing more is forwarded either way; the kernel still acknowledges
what the client sends, so TCP itself sees nothing wrong.

One thread does all the socket work (a selector loop), and cut/restore run inside it, so a
cut resets every connection at once: no socket is closed under a thread blocked on it.
"""

from __future__ import annotations

import contextlib
import queue
import selectors
import socket
import struct
import threading


class CuttableProxy:
    def __init__(self, target: tuple[str, int]) -> None:
        self.target = target
        self.port = 0
        self.connections = 0  # accepted in all
        self._selector = selectors.DefaultSelector()
        self._listener: socket.socket | None = None
        self._peer: dict[socket.socket, socket.socket] = {}
        self._commands: queue.Queue[tuple[str, threading.Event]] = queue.Queue()
        self._thread: threading.Thread | None = None
        self._running = False
        self._stalled = False
        self._held: list[socket.socket] = []  # accepted while stalled, never answered

    # ------------------------------------------------------------ called by the test
    def start(self) -> int:
        self._listen()
        self._running = True
        self._thread = threading.Thread(target=self._loop, name="cuttable-proxy", daemon=True)
        self._thread.start()
        return self.port

    def cut(self) -> None:
        """Refuse new connections and reset the live ones."""
        self._command("cut")

    def stall(self) -> None:
        """Keep every connection open and forward nothing more, for the rest of the proxy's life."""
        self._command("stall")

    def restore(self) -> None:
        """Listen again on the same port."""
        self._command("listen")

    def stop(self) -> None:
        if self._thread is not None:
            self._command("cut")
            self._running = False
            self._thread.join(timeout=5)
            self._thread = None
        self._selector.close()

    def _command(self, name: str) -> None:
        done = threading.Event()
        self._commands.put((name, done))
        if not done.wait(timeout=5):
            raise RuntimeError(f"proxy did not {name}")

    # ------------------------------------------------------------ the proxy thread
    def _listen(self) -> None:
        if self._listener is not None:
            return
        listener = socket.socket(socket.AF_INET, socket.SOCK_STREAM)
        listener.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
        listener.bind(("127.0.0.1", self.port))
        listener.listen(64)
        self.port = listener.getsockname()[1]
        self._listener = listener
        self._selector.register(listener, selectors.EVENT_READ)

    def _cut(self) -> None:
        if self._listener is not None:
            self._selector.unregister(self._listener)
            self._listener.close()
            self._listener = None
        for sock in list(self._peer):
            self._close(sock, reset=True)
        for sock in self._held:
            sock.close()
        self._held.clear()

    def _stall(self) -> None:
        self._stalled = True
        for sock in self._peer:
            with contextlib.suppress(KeyError, ValueError):
                self._selector.unregister(sock)

    def _close(self, sock: socket.socket, reset: bool = False) -> None:
        for s in (sock, self._peer.pop(sock, None)):
            if s is None:
                continue
            self._peer.pop(s, None)
            with contextlib.suppress(KeyError, ValueError):
                self._selector.unregister(s)
            with contextlib.suppress(OSError):
                if reset:  # linger 0: close sends a reset, as a dropped link or a killed server would
                    s.setsockopt(socket.SOL_SOCKET, socket.SO_LINGER, struct.pack("ii", 1, 0))
                s.close()

    def _accept(self) -> None:
        assert self._listener is not None
        client, _ = self._listener.accept()
        if self._stalled:
            self._held.append(client)
            return
        try:
            upstream = socket.create_connection(self.target, timeout=5)
        except OSError:
            client.close()
            return
        upstream.settimeout(None)
        self._peer[client], self._peer[upstream] = upstream, client
        self._selector.register(client, selectors.EVENT_READ)
        self._selector.register(upstream, selectors.EVENT_READ)
        self.connections += 1

    def _forward(self, src: socket.socket) -> None:
        dst = self._peer.get(src)
        if dst is None:
            return
        try:
            data = src.recv(65536)
            if data:
                dst.sendall(data)
                return
        except OSError:
            pass
        self._close(src)

    def _loop(self) -> None:
        while self._running:
            while not self._commands.empty():
                name, done = self._commands.get()
                if name == "cut":
                    self._cut()
                elif name == "stall":
                    self._stall()
                else:
                    self._listen()
                done.set()
            for key, _ in self._selector.select(timeout=0.02):
                sock = key.fileobj
                assert isinstance(sock, socket.socket)
                if sock is self._listener:
                    self._accept()
                else:
                    self._forward(sock)
