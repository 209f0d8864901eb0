#!/usr/bin/env python3
"""How much memory frontdesk takes when a help desk sends a huge answer.

Serves, on 127.0.0.1, a Zendesk whose every answer is SIZE megabytes of JSON (with and
without a Content-Length), runs `frontdesk doctor` against it, and prints the peak resident
memory (from /usr/bin/time) and what frontdesk said. Bounded: one server, two runs.

    cargo build --release && python3 scripts/huge_answer.py [SIZE_MB]
"""
import http.server
import os
import subprocess
import sys
import tempfile
import threading

SIZE = int(sys.argv[1]) if len(sys.argv) > 1 else 200
BINARY = os.environ.get("FRONTDESK", "target/release/frontdesk")
CHUNK = b"x" * (1 << 20)


class Huge(http.server.BaseHTTPRequestHandler):
    protocol_version = "HTTP/1.0"
    with_length = True

    def do_GET(self):
        self.send_response(200)
        self.send_header("Content-Type", "application/json")
        if Huge.with_length:
            self.send_header("Content-Length", str(SIZE * len(CHUNK) + 20))
        self.end_headers()
        try:
            self.wfile.write(b'{"user": {"name": "')
            for _ in range(SIZE):
                self.wfile.write(CHUNK)
            self.wfile.write(b'"}}')
        except (BrokenPipeError, ConnectionResetError):
            pass

    def log_message(self, *args):
        pass


def run(with_length):
    Huge.with_length = with_length
    server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), Huge)
    threading.Thread(target=server.serve_forever, daemon=True).start()
    url = f"http://127.0.0.1:{server.server_address[1]}"
    with tempfile.TemporaryDirectory() as home:
        env = dict(os.environ, XDG_CONFIG_HOME=home, XDG_DATA_HOME=home,
                   FRONTDESK_BACKEND="zendesk", FRONTDESK_URL=url,
                   FRONTDESK_USER="sam@example.com", FRONTDESK_TOKEN="x")
        done = subprocess.run(["/usr/bin/time", "-v", BINARY, "doctor"], env=env,
                              capture_output=True, text=True, timeout=120)
    server.shutdown()
    peak = next((l.split(":")[1].strip() for l in done.stderr.splitlines()
                 if "Maximum resident set size" in l), "?")
    said = next((l.strip() for l in done.stdout.splitlines() if "too large" in l),
                done.stdout.strip().splitlines()[-1:] or ["?"])
    kind = "with Content-Length" if with_length else "streamed, no length"
    print(f"{SIZE} MB answer, {kind}: peak RSS {int(peak) // 1024 if peak.isdigit() else peak} MiB; {said}")


if __name__ == "__main__":
    run(True)
    run(False)
