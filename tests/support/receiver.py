"""A real HTTP receiver on 127.0.0.1 for webhook tests: records every request it gets and answers
with the status codes it is told to (then 200 once the list runs out); over TLS when given a
server context."""

from __future__ import annotations

import ssl
import threading
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer


@dataclass(frozen=True)
class Received:
    path: str
    headers: dict[str, str]
    body: bytes


@dataclass
class Receiver:
    """What the receiver got, and the answers it still has to give."""

    url: str
    answers: list[int] = field(default_factory=list)
    received: list[Received] = field(default_factory=list)
    _lock: threading.Lock = field(default_factory=threading.Lock)

    def next_answer(self) -> int:
        with self._lock:
            return self.answers.pop(0) if self.answers else 200

    def record(self, request: Received) -> None:
        with self._lock:
            self.received.append(request)


def _handler(receiver: Receiver) -> type[BaseHTTPRequestHandler]:
    class Handler(BaseHTTPRequestHandler):
        def do_POST(self) -> None:
            length = int(self.headers.get("Content-Length", "0"))
            body = self.rfile.read(length)
            receiver.record(Received(self.path, dict(self.headers.items()), body))
            status = receiver.next_answer()
            self.send_response(status)
            self.send_header("Content-Length", "0")
            self.end_headers()

        def log_message(self, format: str, *args: object) -> None:
            return

    return Handler


@contextmanager
def http_receiver(
    *answers: int, path: str = "/hooks/pamoja", tls: ssl.SSLContext | None = None
) -> Iterator[Receiver]:
    """Serve on a free port of 127.0.0.1 for the duration of the `with` block (https with the
    certificate of `tls`)."""
    receiver = Receiver(url="", answers=list(answers))
    server = ThreadingHTTPServer(("127.0.0.1", 0), _handler(receiver))
    if tls is not None:
        server.socket = tls.wrap_socket(server.socket, server_side=True)
    host, port = server.server_address[:2]
    receiver.url = f"{'https' if tls else 'http'}://{host!s}:{port}{path}"
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    try:
        yield receiver
    finally:
        server.shutdown()
        server.server_close()
        thread.join(5)
