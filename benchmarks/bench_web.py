"""Web latency under load: the casework inbox and disclosure-log search, beside a trivial view.

Builds a dataset with `foidesk generate --cases N --authorities 50` (N from FOIDESK_BENCH_CASES,
default 100000) and publishes every sent or closed case to the disclosure log, serves the app with
gunicorn on loopback (2 workers x 8 threads, as for a 2-core machine), and drives it with 16
concurrent keep-alive clients (FOIDESK_BENCH_CLIENTS), each making a bounded number of requests
per endpoint (FOIDESK_BENCH_REQUESTS, default 20). Prints p50/p95 latency and throughput.

The officer belongs to all 50 authorities, so the inbox is the worst case: every open case.
Set FOIDESK_BENCH_DATABASE_URL=postgres://... to measure PostgreSQL instead of SQLite (the
database is emptied first: point it at a scratch database).
"""

from __future__ import annotations

import http.client
import os
import shutil
import socket
import statistics
import subprocess
import sys
import tempfile
import threading
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
BIN = Path(sys.executable).parent
CASES = int(os.environ.get("FOIDESK_BENCH_CASES", "100000"))
AUTHORITIES = int(os.environ.get("FOIDESK_BENCH_AUTHORITIES", "50"))
CLIENTS = int(os.environ.get("FOIDESK_BENCH_CLIENTS", "16"))
REQUESTS = int(os.environ.get("FOIDESK_BENCH_REQUESTS", "20"))
TIMEOUT_S = 120

ENDPOINTS = [
    ("trivial view (/healthz)", "/healthz", False),
    ("inbox, first page (all 50 authorities)", "/casework/", True),
    ("inbox, overdue filter", "/casework/?due=overdue", True),
    ("log, newest (no search)", "/disclosure-log/", False),
    ("search: common word, newest", "/disclosure-log/?q=information", False),
    ("search: common word, relevance", "/disclosure-log/?q=information&order=relevance", False),
    ("search: two words", "/disclosure-log/?q=drones+hours", False),
    ("search: rare phrase + filter", "/disclosure-log/?q=%22facial+recognition%22&outcome=partial",
     False),
]


def run(cmd: list[str], env: dict[str, str]) -> None:
    subprocess.run(cmd, env=env, cwd=ROOT, check=True, stdout=subprocess.DEVNULL,
                   stderr=subprocess.DEVNULL)


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


def prepare(env: dict[str, str]) -> str:
    """Migrate, generate, publish; return a session cookie for an officer of every authority."""
    foidesk = str(BIN / "foidesk")
    if "FOIDESK_BENCH_DATABASE_URL" in env:
        run([foidesk, "manage", "flush", "--noinput"], env)
    run([foidesk, "manage", "migrate", "--noinput", "-v", "0"], env)
    t = time.perf_counter()
    run([foidesk, "generate", "--cases", str(CASES), "--authorities", str(AUTHORITIES)], env)
    run([foidesk, "manage", "generate_disclosure_log"], env)
    print(f"dataset: {CASES} cases across {AUTHORITIES} authorities, built in "
          f"{time.perf_counter() - t:.0f} s")
    script = (
        "from django.contrib.auth import get_user_model, SESSION_KEY, BACKEND_SESSION_KEY, "
        "HASH_SESSION_KEY\n"
        "from django.contrib.sessions.backends.db import SessionStore\n"
        "from foidesk.authorities.models import Authority, Membership\n"
        "from foidesk.disclosure.models import PublishedResponse\n"
        "from foidesk.cases.models import Case\n"
        "U = get_user_model()\n"
        "u, _ = U.objects.get_or_create(username='bench.officer@example.org', "
        "defaults={'email': 'bench.officer@example.org', 'full_name': 'Bench Officer'})\n"
        "for a in Authority.objects.all():\n"
        "    Membership.objects.get_or_create(user=u, authority=a, defaults={'role': 'officer'})\n"
        "s = SessionStore()\n"
        "s[SESSION_KEY] = str(u.pk)\n"
        "s[BACKEND_SESSION_KEY] = 'foidesk.accounts.backends.EmailBackend'\n"
        "s[HASH_SESSION_KEY] = u.get_session_auth_hash()\n"
        "s.create()\n"
        "print('COUNTS', Case.objects.count(), Case.objects.filter(is_open=True).count(), "
        "PublishedResponse.objects.count())\n"
        "print('SESSION', s.session_key)\n"
    )
    out = subprocess.run([str(BIN / "foidesk"), "manage", "shell", "-c", script], env=env,
                         cwd=ROOT, check=True, capture_output=True, text=True).stdout
    counts = next(line.split()[1:] for line in out.splitlines() if line.startswith("COUNTS"))
    print(f"cases: {counts[0]}, open: {counts[1]}, published on the log: {counts[2]}")
    return next(line.split()[1] for line in out.splitlines() if line.startswith("SESSION"))


def wait_until_up(port: int) -> None:
    deadline = time.monotonic() + 60
    while time.monotonic() < deadline:
        try:
            conn = http.client.HTTPConnection("127.0.0.1", port, timeout=5)
            conn.request("GET", "/healthz")
            if conn.getresponse().status == 200:
                return
        except OSError:
            time.sleep(0.3)
    raise SystemExit("bench_web: the server did not start within 60 s")


def drive(port: int, path: str, cookie: str | None) -> tuple[list[float], float, int]:
    """CLIENTS threads, each REQUESTS requests on its own keep-alive connection."""
    latencies: list[float] = []
    errors = 0
    lock = threading.Lock()
    headers = {"Cookie": f"sessionid={cookie}"} if cookie else {}

    def client() -> None:
        nonlocal errors
        conn = http.client.HTTPConnection("127.0.0.1", port, timeout=TIMEOUT_S)
        mine: list[float] = []
        bad = 0
        for _ in range(REQUESTS):
            t = time.perf_counter()
            try:
                conn.request("GET", path, headers=headers)
                resp = conn.getresponse()
                resp.read()
                if resp.status != 200:
                    bad += 1
            except (OSError, http.client.HTTPException):
                bad += 1
                conn.close()
                conn = http.client.HTTPConnection("127.0.0.1", port, timeout=TIMEOUT_S)
            mine.append(time.perf_counter() - t)
        with lock:
            latencies.extend(mine)
            errors += bad

    threads = [threading.Thread(target=client) for _ in range(CLIENTS)]
    start = time.perf_counter()
    for th in threads:
        th.start()
    for th in threads:
        th.join()
    return latencies, time.perf_counter() - start, errors


def main() -> int:
    data = Path(tempfile.mkdtemp(prefix="foidesk-bench-web-"))
    env = {**os.environ, "FOIDESK_DATA_DIR": str(data), "DEBUG": "0", "LOG_LEVEL": "ERROR",
           "FOIDESK_TASKS_BACKEND": "django_tasks.backends.dummy.DummyBackend",
           "PYTHONWARNINGS": "ignore::UserWarning"}  # collectstatic never ran in the scratch dir
    env.pop("FOIDESK_TESTING", None)
    if "FOIDESK_BENCH_DATABASE_URL" in env:
        env["DATABASE_URL"] = env["FOIDESK_BENCH_DATABASE_URL"]
    else:
        env.pop("DATABASE_URL", None)
    server = None
    try:
        cookie = prepare(env)
        port = free_port()
        server = subprocess.Popen(
            [str(BIN / "gunicorn"), "foidesk.project.wsgi:application", "--bind",
             f"127.0.0.1:{port}", "--workers", "2", "--worker-class", "gthread", "--threads", "8",
             "--timeout", str(TIMEOUT_S), "--log-level", "warning"],
            env=env, cwd=ROOT,
        )
        wait_until_up(port)
        engine = "PostgreSQL" if "DATABASE_URL" in env else "SQLite"
        print(f"server: gunicorn, 2 workers x 8 threads, {engine}; {CLIENTS} concurrent clients x "
              f"{REQUESTS} requests per endpoint; {os.cpu_count()} CPUs")
        print(f"{'endpoint':<44} {'p50 ms':>8} {'p95 ms':>8} {'req/s':>7} {'errors':>6}")
        for label, path, needs_login in ENDPOINTS:
            drive(port, path, cookie if needs_login else None)  # warm the caches
            lat, wall, errors = drive(port, path, cookie if needs_login else None)
            lat.sort()
            p50 = statistics.median(lat) * 1000
            p95 = lat[int(len(lat) * 0.95) - 1] * 1000
            print(f"{label:<44} {p50:8.1f} {p95:8.1f} {len(lat) / wall:7.1f} {errors:6d}")
    finally:
        if server is not None:
            server.terminate()
            server.wait(timeout=30)
        shutil.rmtree(data, ignore_errors=True)
    return 0


if __name__ == "__main__":
    sys.exit(main())
