"""A TCP relay between the app and the PostgreSQL server that can fail the way networks do.

Tests point the app's database URL at the relay's port instead of the
server's.  The relay forwards bytes both ways until told to misbehave:

- ``go_silent()``: nothing passes in either direction and nothing is closed
  (a pulled cable behind a switch, a sleeping switch, a Wi-Fi roam).  The
  relay's own TCP stack keeps acknowledging, so the kernel's retransmission
  timeout never fires: only the app's own timeouts can notice.
- ``lose_reply_after(marker)``: the next client message containing
  ``marker`` (e.g. ``b"COMMIT"``) is forwarded, the server's answer is
  thrown away, and the client's connection is cut: the server committed, the
  client never heard (a lost acknowledgement).
- ``heal()``: forward again (new connections; silent ones stay dead).

Only loopback addresses are used; every thread stops when ``close()`` is
called or the test's process ends (daemon threads, bounded waits).
"""

from __future__ import annotations

import contextlib
import select
import socket
import threading
import time
from collections.abc import Iterator


class Relay:
    """Forwards 127.0.0.1:<port> to ``target``; see the module docstring for the faults."""

    def __init__(self, target: tuple[str, int] = ("127.0.0.1", 5432)) -> None:
        self.target = target
        self._listener = socket.create_server(("127.0.0.1", 0))
        self._listener.settimeout(0.2)
        self.port: int = self._listener.getsockname()[1]
        self._silent = threading.Event()
        self._closed = threading.Event()
        self._lock = threading.Lock()
        self._marker: bytes | None = None
        #: Markers seen and replies thrown away (for the test's own checks).
        self.replies_lost = 0
        self._pairs: list[tuple[socket.socket, socket.socket]] = []
        self._thread = threading.Thread(target=self._accept, daemon=True, name="relay-accept")
        self._thread.start()

    # --- what a test says ------------------------------------------------------------------

    def go_silent(self) -> None:
        self._silent.set()

    def heal(self) -> None:
        """Forward again on new connections (connections that went silent stay stuck)."""
        self._silent.clear()

    def lose_reply_after(self, marker: bytes) -> None:
        with self._lock:
            self._marker = marker

    def close(self) -> None:
        self._closed.set()
        self._listener.close()
        with self._lock:
            pairs, self._pairs = self._pairs, []
        for client, server in pairs:
            for sock in (client, server):
                with contextlib.suppress(OSError):
                    sock.close()
        self._thread.join(timeout=2)

    # --- the forwarding ----------------------------------------------------------------------

    def _accept(self) -> None:
        while not self._closed.is_set():
            try:
                client, _ = self._listener.accept()
            except TimeoutError:
                continue
            except OSError:
                return
            if self._silent.is_set():
                # A black hole accepts nothing further: keep the socket, never answer.
                with self._lock:
                    self._pairs.append((client, client))
                continue
            try:
                server = socket.create_connection(self.target, timeout=5)
            except OSError:
                client.close()
                continue
            with self._lock:
                self._pairs.append((client, server))
            threading.Thread(
                target=self._pump, args=(client, server), daemon=True, name="relay-pump"
            ).start()

    def _pump(self, client: socket.socket, server: socket.socket) -> None:
        losing_reply = False
        try:
            while not self._closed.is_set():
                readable, _, _ = select.select([client, server], [], [], 0.2)
                if self._silent.is_set():
                    # Hold everything: read nothing more, send nothing, close nothing.
                    while self._silent.is_set() and not self._closed.is_set():
                        time.sleep(0.05)
                    return  # a connection that went silent never comes back
                for sock in readable:
                    data = sock.recv(65536)
                    if not data:
                        return
                    if sock is client:
                        server.sendall(data)
                        with self._lock:
                            marker = self._marker
                            if marker is not None and marker in data:
                                self._marker = None
                                losing_reply = True
                        if losing_reply:
                            self._swallow_reply(server)
                            self.replies_lost += 1
                            return
                    else:
                        client.sendall(data)
        except OSError:
            return
        finally:
            for sock in (client, server):
                with contextlib.suppress(OSError):
                    sock.shutdown(socket.SHUT_RDWR)
                with contextlib.suppress(OSError):
                    sock.close()

    @staticmethod
    def _swallow_reply(server: socket.socket) -> None:
        """Read (and drop) the server's answer, so the statement surely completed there."""
        deadline = time.monotonic() + 5
        server.settimeout(0.5)
        while time.monotonic() < deadline:
            try:
                data = server.recv(65536)
            except TimeoutError:
                return
            except OSError:
                return
            if not data or b"Z" in data:  # ReadyForQuery: the server has finished
                return


@contextlib.contextmanager
def relay(target: tuple[str, int] = ("127.0.0.1", 5432)) -> Iterator[Relay]:
    """A ``Relay`` that is closed when the block ends."""
    r = Relay(target)
    try:
        yield r
    finally:
        r.close()
