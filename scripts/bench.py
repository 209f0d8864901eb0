#!/usr/bin/env python3
"""frontdesk, measured as a person meets it: the release binary in a pseudo-terminal on a
generated demo desk (100,000 tickets by default), reporting

  - time to first paint, cold (no cache) and from the cache of an earlier run,
  - bytes written to the terminal per cursor move, filter keystroke and picker keystroke,
  - keystroke-to-quiet latency (from the key to the last byte of the frame it caused),
  - peak resident memory,
  - and, for the canned-response ranking, `fzf --filter` on the same 5,000-response corpus
    beside frontdesk's own figure from `cargo bench` (when that has been run).

Usage:  cargo build --release && python3 scripts/bench.py [--tickets N] [--cols C --rows R]
Nothing here is a pass/fail test; it prints figures. The machine is noisy: read medians.
"""

import argparse
import json
import os
import pty
import select
import shutil
import signal
import statistics
import subprocess
import sys
import tempfile
import time
import tomllib

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
QUIET = 0.25  # seconds without output that count as "the frame is done"


class Session:
    """frontdesk in a pseudo-terminal of its own."""

    def __init__(self, binary, args, home, cols, rows, log="off"):
        env = dict(os.environ)
        env.update(
            HOME=home,
            XDG_CONFIG_HOME=os.path.join(home, "config"),
            XDG_DATA_HOME=os.path.join(home, "data"),
            TERM="xterm-256color",
            FRONTDESK_LOG=log,
        )
        env.pop("NO_COLOR", None)
        self.started = time.perf_counter()
        self.pid, self.fd = pty.fork()
        if self.pid == 0:
            os.execve(binary, [binary, *args], env)
        import fcntl
        import struct
        import termios

        fcntl.ioctl(self.fd, termios.TIOCSWINSZ, struct.pack("HHHH", rows, cols, 0, 0))
        self.seen = b""

    def read_until(self, predicate, timeout=120):
        """Reads until `predicate(all output so far)` holds; returns the time it did."""
        deadline = time.perf_counter() + timeout
        while not predicate(self.seen):
            left = deadline - time.perf_counter()
            if left <= 0:
                raise TimeoutError("frontdesk did not get there; last output:\n%r" % self.seen[-400:])
            ready, _, _ = select.select([self.fd], [], [], left)
            if ready:
                self.seen += os.read(self.fd, 65536)
        return time.perf_counter()

    def quiet(self, wait=QUIET):
        """Reads until nothing comes for `wait` seconds; returns (bytes, time of last byte)."""
        got, last = b"", None
        while True:
            ready, _, _ = select.select([self.fd], [], [], wait)
            if not ready:
                return got, last
            chunk = os.read(self.fd, 65536)
            got += chunk
            last = time.perf_counter()
            self.seen += chunk

    def key(self, data, wait=QUIET):
        """Sends a key and waits for quiet: (bytes written, seconds from key to last byte)."""
        sent = time.perf_counter()
        os.write(self.fd, data)
        got, last = self.quiet(wait)
        return len(got), (last - sent) if last else 0.0

    def memory_kib(self, field="VmHWM"):
        with open("/proc/%d/status" % self.pid) as status:
            for line in status:
                if line.startswith(field + ":"):
                    return int(line.split()[1])
        return 0

    def close(self):
        try:
            os.kill(self.pid, signal.SIGTERM)
            os.waitpid(self.pid, 0)
        except OSError:
            pass
        os.close(self.fd)


def per_key(session, keys, wait=QUIET):
    results = [session.key(k, wait) for k in keys]
    sizes = [r[0] for r in results]
    times = [r[1] * 1000 for r in results]
    return statistics.median(sizes), statistics.median(times)


def canned_corpus(n):
    """The demo's canned responses repeated to `n`, one line each (title, keywords, text), as
    benches/screen.rs builds them."""
    with open(os.path.join(ROOT, "data/demo/canned.toml"), "rb") as f:
        base = tomllib.load(f)["response"]
    lines = []
    for i in range(n):
        r = base[i % len(base)]
        title = "%s %d" % (r["title"], i // len(base))
        text = " ".join([title, *r.get("keywords", []), r.get("body", "")]).replace("\n", " ")
        lines.append(text)
    return "\n".join(lines) + "\n"


def fzf_ms(corpus, queries, runs=7):
    if not shutil.which("fzf"):
        return None
    times = []
    for _ in range(runs):
        for q in queries:
            start = time.perf_counter()
            subprocess.run(["fzf", "--filter", q], input=corpus.encode(), stdout=subprocess.DEVNULL)
            times.append((time.perf_counter() - start) * 1000)
    return statistics.median(times)


def criterion_ms(name):
    path = os.path.join(ROOT, "target/criterion", name, "new/estimates.json")
    try:
        with open(path) as f:
            return json.load(f)["median"]["point_estimate"] / 1e6
    except (OSError, KeyError, ValueError):
        return None


def main():
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--tickets", type=int, default=100_000)
    parser.add_argument("--page-through", action="store_true",
                        help="also load every page of the All open view and report memory")
    parser.add_argument("--cols", type=int, default=120)
    parser.add_argument("--rows", type=int, default=40)
    parser.add_argument("--binary", default=os.path.join(ROOT, "target/release/frontdesk"))
    args = parser.parse_args()
    if not os.path.exists(args.binary):
        sys.exit("build it first: cargo build --release")
    home = tempfile.mkdtemp(prefix="frontdesk-bench-")
    demo = ["--demo", "--demo-tickets", str(args.tickets)]
    print("frontdesk on a demo desk of %d tickets, %dx%d, %s" % (args.tickets, args.cols, args.rows, os.uname().machine))

    # Cold: no cache. First paint is the first frame; "rows" is when live rows are on screen.
    s = Session(args.binary, demo, home, args.cols, args.rows)
    painted = s.read_until(lambda out: b"frontdesk" in out)
    rows = s.read_until(lambda out: b"updated" in out)
    s.quiet()
    print("first paint, cold            %8.1f ms   (rows on screen after %.0f ms)" % ((painted - s.started) * 1000, (rows - s.started) * 1000))

    # The selection moves at once; the ticket beside it follows 120 ms later (debounced), so
    # a 60 ms quiet window sees the move alone, a longer one the move with the new ticket.
    moves = per_key(s, [b"j"] * 20, wait=0.06)
    print("per cursor move              %8.0f bytes  %6.1f ms to quiet" % moves)
    s.quiet()
    moves = per_key(s, [b"j"] * 10)
    print("  with the ticket beside it  %8.0f bytes  %6.1f ms to quiet" % moves)
    os.write(s.fd, b"/")
    s.quiet()
    typed = per_key(s, [bytes([c]) for c in b"refund"])
    print("per filter keystroke         %8.0f bytes  %6.1f ms to quiet" % typed)
    os.write(s.fd, b"\x1b")
    s.quiet()
    os.write(s.fd, b"\rr\x14")
    s.quiet()
    picked = per_key(s, [bytes([c]) for c in b"refund"])
    print("per picker keystroke         %8.0f bytes  %6.1f ms to quiet" % picked)
    os.write(s.fd, b"\x1b\x1b\x1b")
    s.quiet()
    idle, _ = s.quiet(2.0)
    print("written while idle for 2 s   %8d bytes" % len(idle))
    # Memory across refreshes: each ctrl-r reloads every view and the open ticket.
    resident = []
    for _ in range(20):
        os.write(s.fd, b"\x12")
        s.quiet(0.5)
        resident.append(s.memory_kib("VmRSS") / 1024)
    print("resident after 1 / 10 / 20 refreshes  %.1f / %.1f / %.1f MiB" % (resident[0], resident[9], resident[19]))
    print("peak memory (VmHWM)          %8.1f MiB" % (s.memory_kib() / 1024))
    if args.page_through:
        # Every page of the largest view, as an agent holding G would load it.
        os.write(s.fd, b"3")
        s.quiet()
        last = None
        while True:
            for _ in range(50):
                os.write(s.fd, b"G")
                s.quiet(0.03)
            now = s.memory_kib("VmRSS")
            if now == last:
                break
            last = now
        print("every page of All open loaded %8.1f MiB resident" % (last / 1024))
    s.close()

    # From the cache the first run left.
    s = Session(args.binary, demo, home, args.cols, args.rows)
    painted = s.read_until(lambda out: b"cached" in out)
    print("first paint, from the cache  %8.1f ms" % ((painted - s.started) * 1000))
    s.close()
    shutil.rmtree(home, ignore_errors=True)

    corpus = canned_corpus(5000)
    queries = ["r", "re", "ref", "refu", "refun", "refund"]
    fzf = fzf_ms(corpus, queries)
    if fzf is None:
        print("rank 5,000 canned responses: fzf not installed (apt-get install fzf)")
        return
    # fzf's own figure includes starting a process and reading its input; the same process
    # on a one-line corpus measures that, and the difference is the matching itself.
    start = fzf_ms("x\n", queries)
    ours = criterion_ms("canned_rank_5k_per_keystroke")
    print("rank 5,000 canned responses, per keystroke (median):")
    print("  fzf --filter, whole process  %6.1f ms" % fzf)
    print("  fzf --filter, matching only  %6.1f ms   (minus %.1f ms for a 1-line corpus)" % (fzf - start, start))
    if ours is None:
        print("  frontdesk                    unknown (run cargo bench first)")
    else:
        print("  frontdesk (criterion)        %6.1f ms   ratio to fzf's matching %.2f" % (ours, ours / max(fzf - start, 0.001)))


if __name__ == "__main__":
    main()
