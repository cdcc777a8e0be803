"""Real servers on loopback ports of their own, started and stopped by the tests.

Redis is Debian's `redis-server`; S3 is moto's standalone server (`moto[server]`, pinned in
requirements-dev.txt), which speaks the S3 protocol over HTTP. A black hole is a socket that accepts
connections and never answers, which is what a Redis behind a dead network path looks like.
"""

import shutil
import socket
import subprocess
import sys
import threading
import time
from contextlib import closing
from email import message_from_bytes, policy
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer


def free_port():
    with closing(socket.socket(socket.AF_INET, socket.SOCK_STREAM)) as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


def wait_for_port(port, timeout=15.0):
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        try:
            with socket.create_connection(("127.0.0.1", port), timeout=0.2):
                return
        except OSError:
            time.sleep(0.05)
    raise TimeoutError(f"nothing listens on 127.0.0.1:{port} after {timeout}s")


class Process:
    """A server process on 127.0.0.1:port, stopped on exit."""

    def __init__(self, command, port):
        self.command = command
        self.port = port
        self.process = None

    def start(self):
        self.process = subprocess.Popen(self.command, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)  # noqa: S603
        wait_for_port(self.port)
        return self

    def stop(self):
        if self.process and self.process.poll() is None:
            self.process.terminate()
            self.process.wait(timeout=10)


def redis_binary():
    return shutil.which("redis-server")


def redis_server(port):
    # No persistence: a stopped test server loses everything, like a Redis replaced after a crash.
    command = [redis_binary(), "--bind", "127.0.0.1", "--port", str(port), "--save", "", "--appendonly", "no"]
    return Process(command, port)


def moto_server(port):
    command = [sys.executable, "-m", "moto.server", "-H", "127.0.0.1", "-p", str(port)]
    return Process(command, port)


class BlackHole:
    """Accepts TCP connections on loopback and never sends a byte."""

    def __init__(self):
        self.listener = socket.socket(socket.AF_INET, socket.SOCK_STREAM)
        self.listener.bind(("127.0.0.1", 0))
        self.listener.listen(64)
        self.port = self.listener.getsockname()[1]
        self.held = []
        self.stopped = threading.Event()
        self.thread = threading.Thread(target=self._accept, daemon=True)
        self.thread.start()

    def _accept(self):
        self.listener.settimeout(0.1)
        while not self.stopped.is_set():
            try:
                connection, _ = self.listener.accept()
            except TimeoutError:
                continue
            except OSError:
                return
            self.held.append(connection)

    def close(self):
        self.stopped.set()
        self.thread.join(timeout=2)
        for connection in self.held:
            connection.close()
        self.listener.close()


class PurgeRecorder:
    """An HTTP cache stand-in on loopback that records the PURGE requests Wagtail sends it."""

    def __init__(self):

        purged = self.purged = []

        class Handler(BaseHTTPRequestHandler):
            def do_PURGE(self):  # noqa: N802 - the HTTP method's name
                purged.append(f"{self.headers['Host']}{self.path}")
                self.send_response(200)
                self.end_headers()

            def log_message(self, *args):
                pass

        self.server = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
        self.url = f"http://127.0.0.1:{self.server.server_address[1]}"
        self.thread = threading.Thread(target=self.server.serve_forever, daemon=True)
        self.thread.start()

    def close(self):
        self.server.shutdown()
        self.server.server_close()


class MailCatcher:
    """A real SMTP server on loopback (aiosmtpd, requirements-dev.txt) that keeps what it receives."""

    def __init__(self):
        from aiosmtpd.controller import Controller  # noqa: PLC0415 — aiosmtpd loads only for the mail tests

        received = self.received = []

        class Handler:
            async def handle_DATA(self, server, session, envelope):  # noqa: N802 - aiosmtpd's hook name
                received.append(envelope)
                return "250 Message accepted for delivery"

        self.port = free_port()
        self.controller = Controller(Handler(), hostname="127.0.0.1", port=self.port)
        self.controller.start()
        self.url = f"smtp://127.0.0.1:{self.port}"

    def messages(self):

        return [message_from_bytes(envelope.original_content, policy=policy.default) for envelope in self.received]

    def close(self):
        self.controller.stop()
