#!/usr/bin/env python3
"""frontdesk beside Request Tracker's own web page, on the same local RT 5 in the same run.

Starts Request Tracker from Debian's packages on 127.0.0.1 (SQLite, under target/), seeds it
with --tickets tickets (2,000 by default) built from scripts/bench-rt/tickets.tsv (ticket i is
row i mod 40, so every run seeds the same desk), then measures:

  - opening a ticket: the web page's Ticket/Display.html with a session (curl), against
    frontdesk in a pseudo-terminal moving down the queue with j, resting half a second as a
    person reading the row would, and pressing enter (time from enter to the conversation on
    screen); p50 and p90 over --opens tickets, the same tickets for both; and, to show what
    fetching ahead hides, three rows down and enter at once (a cold open);
  - the first view live and every view live, from starting frontdesk (no cache), against the
    web page's Search/Results.html for the same query;
  - requests per minute while frontdesk sits idle for --idle seconds (300 by default), counted
    by a proxy between frontdesk and RT from five quiet seconds after the last open;

once with token authentication and once with auth = "basic", and prints a table with the
ratio frontdesk / web page per line. Not a test: nothing passes or fails.

frontdesk reaches RT through the counting proxy, on a port RT does not call its own. RT (since
its fix for CVE-2026-108277) takes its session on a POST or PUT only from its own address, so
by default RT is told to trust the proxy (@ReferrerWhitelist), as an RT behind a proxy is: the
figures are those of a profile whose url is the address RT calls itself. With --untrusted, RT
is left as shipped and frontdesk falls back to the token for searches and writes, which is what
a profile with another address for RT costs.

Usage:  cargo build --release && python3 scripts/bench-rt.py [--tickets N] [--opens N]
        [--idle SECONDS] [--keep] [--untrusted]
        (--keep leaves the seeded RT's folder for a rerun)
"""

import argparse
import os
import re
import shutil
import socket
import statistics
import subprocess
import sys
import tempfile
import threading
import time
import urllib.parse

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from bench import ROOT, Session  # noqa: E402

SETUP_DB = "/usr/sbin/rt-setup-database-5"
SERVER = "/usr/share/request-tracker5/libexec/rt-server"
MARK = re.compile(rb"\[\d{4}\]")  # every seeded subject ends with its number, [0042]

SEED = r"""
use strict; use warnings; use utf8;
use lib '/usr/share/request-tracker5/lib';
use RT; RT::LoadConfig(); RT::Init();
use MIME::Entity; use Encode;
my ($fixture, $count) = @ARGV;
my $root = RT::User->new(RT->SystemUser); $root->Load('root');
$root->SetRealName('Sam Rivera'); $root->SetPassword('password');
my $t = RT::AuthToken->new(RT->SystemUser);
my ($tid, $m, $token) = $t->Create(Owner => $root->id, Description => 'frontdesk bench');
die "token: $m\n" unless $tid;
print "token $token\n";
open my $fh, '<:encoding(UTF-8)', $fixture or die "$fixture: $!";
my @rows = map { chomp; [split /\t/, $_, -1] } grep { !/^#/ && /\S/ } <$fh>;
my $user = RT::CurrentUser->new(RT->SystemUser); $user->Load('root');
for my $i (0 .. $count - 1) {
    my ($subject, $from, $body, $reply) = @{ $rows[$i % @rows] };
    my $mime = MIME::Entity->build(Type => 'text/plain', Charset => 'UTF-8',
        Data => [Encode::encode('UTF-8', $body)]);
    my $ticket = RT::Ticket->new(RT->SystemUser);
    my ($id, undef, $err) = $ticket->Create(Queue => 'General',
        Subject => sprintf('%s [%04d]', $subject, $i), Requestor => [$from],
        Priority => ($i * 37) % 100, Owner => ($i % 5 == 0 ? $root->id : RT->Nobody->id),
        MIMEObj => $mime);
    die "ticket $i: $err\n" unless $id;
    if (length $reply) {
        my $as = RT::Ticket->new($user); $as->Load($id);
        $as->Correspond(Content => Encode::encode('UTF-8', $reply));
    }
    print STDERR "seeded $i\n" if $i % 250 == 249;
}
print "seeded $count\n";
"""

VIEWS = {
    "Mine": "Owner = '__CurrentUser__' AND Status = '__Active__'",
    "Unassigned": "Owner = 'Nobody' AND Status = '__Active__'",
    "All open": "Status = '__Active__'",
}


def free_port():
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def wait_for_port(port, timeout=120):
    deadline = time.time() + timeout
    while time.time() < deadline:
        try:
            with socket.create_connection(("127.0.0.1", port), timeout=1):
                return
        except OSError:
            time.sleep(0.25)
    raise SystemExit("Request Tracker did not answer on port %d" % port)


class Rt:
    """A Request Tracker of its own, seeded once per folder."""

    def __init__(self, tickets, keep, untrusted):
        if not (os.path.exists(SETUP_DB) and os.path.exists(SERVER)):
            raise SystemExit("Request Tracker 5 is not installed: apt-get install request-tracker5 rt5-db-sqlite")
        self.dir = os.path.join(ROOT, "target", "bench-rt-%d" % tickets)
        self.keep = keep
        self.port = free_port()
        self.url = "http://127.0.0.1:%d" % self.port
        seeded = os.path.join(self.dir, "token")
        fresh = not os.path.exists(seeded)
        if fresh:
            shutil.rmtree(self.dir, ignore_errors=True)
            os.makedirs(os.path.join(self.dir, "conf.d"))
        site = os.path.join(self.dir, "conf.d", "00-bench.pm")
        with open(site, "w") as f:
            f.write(
                "Set($rtname, 'rtbench');\nSet($Organization, 'bench.example');\n"
                "Set($DatabaseType, 'SQLite');\nSet($DatabaseName, '%s/rt5.db');\n"
                "Set($WebDomain, '127.0.0.1');\nSet($WebPort, %d);\nSet($WebPath, '');\n"
                "Set($WebBaseURL, '%s');\nSet($Timezone, 'UTC');\nSet($MailCommand, 'testfile');\n"
                "Set($LogToSTDERR, 'error'); Set($LogToSyslog, undef); Set($LogToFile, undef);\n%s1;\n"
                % (self.dir, self.port, self.url, "" if untrusted else
                   # Any port of 127.0.0.1: RT drops a trailing *, so one entry per last digit.
                   "Set(@ReferrerWhitelist, map { \"127.0.0.1:*$_\" } 0..9);\n")
            )
        self.env = dict(os.environ, RT_SITE_CONFIG=site, RT_SITE_CONFIG_DIR=os.path.dirname(site))
        if fresh:
            subprocess.run([SETUP_DB, "--action", "init", "--skip-create"], env=self.env, cwd=self.dir,
                           check=True, stdout=subprocess.DEVNULL)
            script = os.path.join(self.dir, "seed.pl")
            with open(script, "w") as f:
                f.write(SEED)
            print("seeding %d tickets (once per folder; a few minutes)…" % tickets, file=sys.stderr)
            out = subprocess.run(["perl", script, os.path.join(ROOT, "scripts/bench-rt/tickets.tsv"), str(tickets)],
                                 env=self.env, check=True, capture_output=True, text=True).stdout
            token = next(l.split()[1] for l in out.splitlines() if l.startswith("token "))
            with open(seeded, "w") as f:
                f.write(token)
        with open(seeded) as f:
            self.token = f.read().strip()
        self.log = open(os.path.join(self.dir, "server.log"), "w")
        # The server Debian's package runs behind a web server: several workers.
        self.server = subprocess.Popen(
            [SERVER, "--server", "Starlet", "--max-workers", "6", "--host", "127.0.0.1", "--port", str(self.port)],
            env=self.env, stdout=self.log, stderr=self.log)
        wait_for_port(self.port)

    def close(self):
        self.server.terminate()
        self.server.wait()
        if not self.keep:
            shutil.rmtree(self.dir, ignore_errors=True)


def curl_seconds(url, jar, times):
    out = []
    for _ in range(times):
        r = subprocess.run(["curl", "-s", "-o", "/dev/null", "-b", jar, "-w", "%{time_total} %{http_code}", url],
                           capture_output=True, text=True, check=True)
        seconds, code = r.stdout.split()
        if code != "200":
            raise SystemExit("the web page %s answered %s" % (url, code))
        out.append(float(seconds))
    return out


def web(rt, ids, workdir):
    """The web page with a logged-in session, as a browser tab has it."""
    jar = os.path.join(workdir, "cookies")
    subprocess.run(["curl", "-s", "-o", "/dev/null", "-c", jar, "-d", "user=root", "-d", "pass=password",
                    rt.url + "/NoAuth/Login.html"], check=True)
    # Warm, as a browser tab someone works in is.
    curl_seconds(rt.url + "/Ticket/Display.html?id=%d" % ids[0], jar, 2)
    opens = []
    for i in ids:
        opens += curl_seconds(rt.url + "/Ticket/Display.html?id=%d" % i, jar, 1)
    searches = {}
    for name, query in VIEWS.items():
        url = rt.url + "/Search/Results.html?" + urllib.parse.urlencode({"Query": query})
        searches[name] = statistics.median(curl_seconds(url, jar, 5))
    return opens, searches


def chunks(sock):
    """What arrives on `sock` until it closes or fails."""
    while True:
        try:
            data = sock.recv(65536)
        except OSError:
            return
        if not data:
            return
        yield data


class CountingProxy:
    """Passes connections to RT and notes when each request starts (HTTP/1.1, keep-alive)."""

    def __init__(self, upstream):
        self.upstream = upstream
        self.requests = []  # (time, request line)
        self.lock = threading.Lock()
        self.sock = socket.socket()
        self.sock.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
        self.sock.bind(("127.0.0.1", 0))
        self.sock.listen(64)
        self.port = self.sock.getsockname()[1]
        threading.Thread(target=self.accept, daemon=True).start()

    def accept(self):
        while True:
            try:
                client, _ = self.sock.accept()
            except OSError:
                return
            server = socket.create_connection(("127.0.0.1", self.upstream))
            threading.Thread(target=self.requests_from, args=(client, server), daemon=True).start()
            threading.Thread(target=self.pump, args=(server, client), daemon=True).start()

    def requests_from(self, client, server):
        pending = b""
        body_left = 0
        for data in chunks(client):
            server.sendall(data)
            pending += data
            while True:
                if body_left:
                    taken = min(body_left, len(pending))
                    pending, body_left = pending[taken:], body_left - taken
                    if body_left:
                        break
                end = pending.find(b"\r\n\r\n")
                if end < 0:
                    break
                head, pending = pending[:end].decode("latin-1"), pending[end + 4:]
                line = head.split("\r\n", 1)[0]
                length = re.search(r"(?im)^content-length:\s*(\d+)", head)
                body_left = int(length.group(1)) if length else 0
                with self.lock:
                    self.requests.append((time.perf_counter(), line))
        for s in (client, server):
            try:
                s.shutdown(socket.SHUT_RDWR)
            except OSError:
                pass

    @staticmethod
    def pump(src, dst):
        for data in chunks(src):
            try:
                dst.sendall(data)
            except OSError:
                break
        try:
            dst.shutdown(socket.SHUT_WR)
        except OSError:
            pass

    def since(self, start):
        with self.lock:
            return [line for t, line in self.requests if t >= start]


def log_times(path, started_wall):
    """Seconds from start to each view's first page answered, from frontdesk's debug log."""
    out = []
    try:
        lines = open(path, encoding="utf-8", errors="replace").read().splitlines()
    except OSError:
        return out
    for line in lines:
        if "answered" in line and "path=/REST/2.0/tickets " in line + " ":
            stamp = line.split(" ", 1)[0]
            try:
                t = time.mktime(time.strptime(stamp[:19], "%Y-%m-%dT%H:%M:%S")) - time.timezone
                t += float("0" + stamp[19:].rstrip("Z"))
            except ValueError:
                continue
            out.append(t - started_wall)
    return out


def open_ticket(session):
    """Enter on the selected row: seconds until the conversation is on screen, and what was
    drawn; then back to the queue."""
    mark = len(session.seen)
    sent = time.perf_counter()
    os.write(session.fd, b"\r")
    session.read_until(lambda seen: b"Conversation" in seen[mark:])
    took = time.perf_counter() - sent
    shown = session.seen[mark:]
    session.key(b"\x1b", 0.15)
    return took, shown


def frontdesk(binary, rt, auth, opens, idle):
    home = tempfile.mkdtemp(prefix="frontdesk-bench-rt-")
    proxy = CountingProxy(rt.port)
    lines = ['default_profile = "bench"', "[profiles.bench]", 'backend = "rt"',
             'url = "http://127.0.0.1:%d"' % proxy.port]
    secret = rt.token
    if auth == "basic":
        lines += ['auth = "basic"', 'user = "root"']
        secret = "password"
    os.makedirs(os.path.join(home, "config", "frontdesk"))
    with open(os.path.join(home, "config", "frontdesk", "config.toml"), "w") as f:
        f.write("\n".join(lines) + "\n")
    os.environ["FRONTDESK_TOKEN"] = secret
    started_wall = time.time()
    session = Session(binary, [], home, 100, 30, log="debug")
    os.environ.pop("FRONTDESK_TOKEN", None)
    # The log at debug level has each answer's time; reading it costs frontdesk nothing.
    first = session.read_until(lambda seen: MARK.search(seen) is not None) - session.started
    log = os.path.join(home, "data", "frontdesk", "frontdesk.log")
    deadline = time.time() + 60
    while len(log_times(log, started_wall)) < len(VIEWS) and time.time() < deadline:
        time.sleep(0.05)
    answered = log_times(log, started_wall)[: len(VIEWS)]
    every = max(answered) if len(answered) == len(VIEWS) else float("nan")
    session.quiet(1.0)
    # Down the queue: j, a rest while the row is read, enter, the conversation on screen.
    times, ids = [], []
    for _ in range(opens):
        session.key(b"j", 0.15)
        time.sleep(0.5)
        took, shown = open_ticket(session)
        times.append(took)
        ids += re.findall(rb"#(\d+) ", shown)[:1]
    # Three rows down and enter at once: nothing fetched ahead, the five requests of a cold open.
    cold = []
    for _ in range(max(3, opens // 3)):
        session.key(b"jjj", 0.0)
        cold.append(open_ticket(session)[0])
    # Idle, in the queue, for `idle` seconds, once what the opens set going has finished
    # (tickets fetched ahead around the last one): five seconds without a request.
    settle = time.perf_counter() + 60
    while time.perf_counter() < settle and proxy.since(time.perf_counter() - 5):
        time.sleep(0.5)
    start = time.perf_counter()
    time.sleep(idle)
    idle_lines = proxy.since(start)
    idle_requests = len(idle_lines)
    if os.environ.get("BENCH_SHOW_IDLE"):
        for line in idle_lines:
            print("idle request (%s): %s" % (auth, line), file=sys.stderr)
    session.close()
    shutil.rmtree(home, ignore_errors=True)
    return {"first": first, "every": every, "opens": times, "cold": cold, "ids": ids,
            "idle_per_minute": idle_requests * 60.0 / idle}


def pct(values, p):
    values = sorted(values)
    return values[min(len(values) - 1, int(round(p / 100.0 * (len(values) - 1))))]


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--tickets", type=int, default=2000)
    parser.add_argument("--opens", type=int, default=30)
    parser.add_argument("--idle", type=int, default=300)
    parser.add_argument("--keep", action="store_true", help="keep the seeded RT for another run")
    parser.add_argument("--untrusted", action="store_true",
                        help="leave RT's referrer check as shipped: frontdesk falls back to the token")
    args = parser.parse_args()
    binary = os.path.join(ROOT, "target/release/frontdesk")
    if not os.path.exists(binary):
        raise SystemExit("build first: cargo build --release")
    workdir = tempfile.mkdtemp(prefix="bench-rt-")
    rt = Rt(args.tickets, args.keep, args.untrusted)
    try:
        results = {auth: frontdesk(binary, rt, auth, args.opens, args.idle) for auth in ("token", "basic")}
        ids = [int(i) for i in results["token"]["ids"]] or [1]
        opens, searches = web(rt, ids, workdir)
    finally:
        rt.close()
        shutil.rmtree(workdir, ignore_errors=True)
    search = statistics.median(searches.values())
    cpu = next((l.split(":", 1)[1].strip() for l in open("/proc/cpuinfo") if l.startswith("model name")), "?")
    print("Request Tracker 5 (Debian, SQLite, Starlet), %d tickets; %d opens; idle %d s; %d cores, %s; %s"
          % (args.tickets, args.opens, args.idle, os.cpu_count(), cpu,
             "RT refusing its session from frontdesk's address (the token fallback)" if args.untrusted
             else "frontdesk on RT's session"))
    print("%-34s %12s %12s %12s %8s" % ("", "web page", "token", "basic", "ratio"))
    rows = [
        ("open a ticket, p50 (ms)", pct(opens, 50), [pct(r["opens"], 50) for r in results.values()]),
        ("open a ticket, p90 (ms)", pct(opens, 90), [pct(r["opens"], 90) for r in results.values()]),
        ("open at once, no rest, p50 (ms)", pct(opens, 50), [pct(r["cold"], 50) for r in results.values()]),
        ("first view live (ms)", search, [r["first"] for r in results.values()]),
        ("every view live (ms)", search, [r["every"] for r in results.values()]),
    ]
    for name, page, ours in rows:
        print("%-34s %12.0f %12.0f %12.0f %8s" % (name, page * 1000, ours[0] * 1000, ours[1] * 1000,
                                                 "/".join("%.2f" % (o / page) for o in ours)))
    print("%-34s %12s %12.1f %12.1f" % ("requests a minute at idle", "0 (no refresh)",
                                         results["token"]["idle_per_minute"], results["basic"]["idle_per_minute"]))
    print("web search pages: " + ", ".join("%s %.0f ms" % (k, v * 1000) for k, v in searches.items()))


if __name__ == "__main__":
    main()
