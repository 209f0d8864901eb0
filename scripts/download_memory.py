#!/usr/bin/env python3
"""How much memory frontdesk takes to download a large attachment.

Serves, on 127.0.0.1, a Zendesk with one ticket whose first comment carries a SIZE megabyte
file, runs the real binary in a pseudo-terminal, opens the ticket, confirms the download over
max_download and saves the file (`enter o s enter`), waits until the file is whole in the
download folder, and prints frontdesk's peak resident memory (VmHWM). Run it with a small
and a large SIZE: memory that stays flat is the point.

    cargo build --release && python3 scripts/download_memory.py [SIZE_MB ...]
"""
import http.server
import json
import os
import pty
import select
import sys
import tempfile
import threading
import time

SIZES = [int(a) for a in sys.argv[1:]] or [5, 500]
BINARY = os.path.abspath(os.environ.get("FRONTDESK", "target/release/frontdesk"))
CHUNK = bytes(range(256)) * 4096  # 1 MiB


class Desk(http.server.BaseHTTPRequestHandler):
    protocol_version = "HTTP/1.0"
    size = 1

    def answer(self, body):
        data = json.dumps(body).encode()
        self.send_response(200)
        self.send_header("Content-Type", "application/json")
        self.send_header("Content-Length", str(len(data)))
        self.end_headers()
        self.wfile.write(data)

    def do_GET(self):
        base = f"http://127.0.0.1:{self.server.server_address[1]}"
        me = {"id": 9, "name": "Sam Rivera", "email": "sam@example.com", "role": "agent"}
        customer = {"id": 7, "name": "Maija", "email": "maija@example.fi", "role": "end-user"}
        ticket = {"id": 1, "subject": "Big file", "status": "open", "priority": "high",
                  "requester_id": 7, "created_at": "2026-11-20T08:00:00Z",
                  "updated_at": "2026-11-20T09:00:00Z", "result_type": "ticket"}
        path = self.path.split("?")[0]
        if path == "/api/v2/users/me":
            return self.answer({"user": me})
        if path == "/api/v2/users":
            return self.answer({"users": [me]})
        if path == "/api/v2/search":
            return self.answer({"results": [ticket], "users": [customer, me], "count": 1})
        if path == "/api/v2/tickets/1":
            return self.answer({"ticket": ticket, "users": [customer, me]})
        if path == "/api/v2/tickets/1/comments":
            file = {"id": 1, "file_name": "dump.bin", "content_type": "application/octet-stream",
                    "size": Desk.size * len(CHUNK), "content_url": f"{base}/files/dump.bin"}
            comment = {"id": 1, "author_id": 7, "body": "The dump.", "public": True,
                       "created_at": "2026-11-20T08:00:00Z", "attachments": [file]}
            return self.answer({"comments": [comment], "users": [customer], "meta": {"has_more": False}})
        if path == "/files/dump.bin":
            self.send_response(200)
            self.send_header("Content-Length", str(Desk.size * len(CHUNK)))
            self.end_headers()
            try:
                for _ in range(Desk.size):
                    self.wfile.write(CHUNK)
            except (BrokenPipeError, ConnectionResetError):
                pass
            return
        if path.startswith("/api/v2/"):
            return self.answer({"tickets": [], "macros": [], "users": [], "meta": {"has_more": False}})
        self.send_response(404)
        self.end_headers()

    def log_message(self, *args):
        pass


def drain(fd, seconds):
    end = time.time() + seconds
    while time.time() < end:
        ready, _, _ = select.select([fd], [], [], 0.05)
        if ready:
            try:
                os.read(fd, 65536)
            except OSError:
                return


def peak_mib(pid):
    with open(f"/proc/{pid}/status") as status:
        for line in status:
            if line.startswith("VmHWM:"):
                return int(line.split()[1]) // 1024
    return -1


def run(size):
    Desk.size = size
    server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), Desk)
    threading.Thread(target=server.serve_forever, daemon=True).start()
    url = f"http://127.0.0.1:{server.server_address[1]}"
    with tempfile.TemporaryDirectory() as home:
        os.makedirs(f"{home}/frontdesk")
        with open(f"{home}/frontdesk/config.toml", "w") as config:
            config.write(f'download_dir = "{home}/dl"\nmax_download = 1\n')
        env = dict(os.environ, XDG_CONFIG_HOME=home, XDG_DATA_HOME=home, TERM="xterm-256color",
                   FRONTDESK_BACKEND="zendesk", FRONTDESK_URL=url,
                   FRONTDESK_USER="sam@example.com", FRONTDESK_TOKEN="x")
        env.pop("NO_COLOR", None)
        pid, fd = pty.fork()
        if pid == 0:
            os.execve(BINARY, [BINARY], env)
        drain(fd, 2.0)
        for keys in [b"\r", b"o", b"s", b"\r"]:
            os.write(fd, keys)
            drain(fd, 0.5)
        started = time.time()
        target = f"{home}/dl/dump.bin"
        while not (os.path.exists(target) and os.path.getsize(target) == size * len(CHUNK)):
            drain(fd, 0.1)
            if time.time() - started > 600:
                print(f"{size} MB: not downloaded within 10 minutes")
                break
        peak = peak_mib(pid)
        os.write(fd, b"qq")
        drain(fd, 0.5)
        os.kill(pid, 9)
        os.waitpid(pid, 0)
    server.shutdown()
    print(f"{size} MB attachment saved: frontdesk's peak RSS {peak} MiB")


if __name__ == "__main__":
    for size in SIZES:
        run(size)
