"""Run one file's work in a separate Python process held to a time and memory budget.

The worker (`python -m foidesk.release.worker`) is a fresh interpreter, so nothing of the
caller (threads, Django, an unguarded main module) is copied or re-run. It sets RLIMIT_AS
(memory) and RLIMIT_CPU (time) on itself before it touches the file. The time limit counts CPU
seconds, so a busy machine that shares its cores does not turn a good file into an error; the
parent also stops waiting after twice the limit plus a few seconds of wall clock and kills the
worker. Whatever the file provokes (a zip bomb, entity expansion, a parser crash), the caller
gets back the worker's answer or a one-line reason, and carries on.
"""

from __future__ import annotations

import json
import math
import subprocess
import sys
from typing import Any

from foidesk.release.findings import ScanOptions

WALL_SLACK_S = 5.0
STARTUP_CPU_S = 2.0  # the interpreter's start and imports, before the file is opened


class CpuTimeExceeded(BaseException):
    """Raised in the worker by SIGXCPU, when it has used its CPU seconds."""


def memory_reason(options: ScanOptions) -> str:
    return f"exceeded the memory limit of {options.memory_limit_bytes // (1024 * 1024)} MB"


def time_reason(options: ScanOptions) -> str:
    return f"exceeded the time limit of {options.time_limit_s:g} s"


def wall_limit(options: ScanOptions) -> float:
    return 2 * options.time_limit_s + WALL_SLACK_S


def options_to_json(options: ScanOptions) -> dict[str, Any]:
    return {
        "names": list(options.names),
        "allow": list(options.allow),
        "time_limit_s": options.time_limit_s,
        "memory_limit_bytes": options.memory_limit_bytes,
    }


def options_from_json(data: dict[str, Any]) -> ScanOptions:
    return ScanOptions(
        names=tuple(str(n) for n in data.get("names", [])),
        allow=tuple(str(a) for a in data.get("allow", [])),
        time_limit_s=float(data.get("time_limit_s", 120.0)),
        memory_limit_bytes=int(data.get("memory_limit_bytes", 1024 * 1024 * 1024)),
    )


def _on_xcpu(signum: int, frame: object) -> None:
    raise CpuTimeExceeded


def apply_limits(options: ScanOptions) -> None:
    """Called by the worker on itself, first thing."""
    try:
        import resource
        import signal
    except ImportError:  # not POSIX: the parent's wall-clock limit still bounds the worker
        return
    limit = int(options.memory_limit_bytes)
    resource.setrlimit(resource.RLIMIT_AS, (limit, limit))
    used = resource.getrusage(resource.RUSAGE_SELF)
    cpu = math.ceil(used.ru_utime + used.ru_stime + options.time_limit_s)
    signal.signal(signal.SIGXCPU, _on_xcpu)
    resource.setrlimit(resource.RLIMIT_CPU, (cpu, cpu + 5))


def run_bounded(task: str, args: list[Any], options: ScanOptions) -> dict[str, Any]:
    """Run worker task `task` ("scan" or "clean") on `args`; its JSON answer, or
    `{"error": reason}` when it fails, overruns or cannot be started."""
    request = json.dumps({"task": task, "args": args, "options": options_to_json(options)})
    try:
        process = subprocess.Popen(  # noqa: S603 - our own interpreter and module, no shell
            [sys.executable, "-m", "foidesk.release.worker"],
            stdin=subprocess.PIPE, stdout=subprocess.PIPE, stderr=subprocess.PIPE,
        )
    except OSError as exc:
        return {"error": f"cannot start the checking process: {exc}"}
    try:
        out, err = process.communicate(request.encode("utf-8"), timeout=wall_limit(options))
    except subprocess.TimeoutExpired:
        process.kill()
        process.communicate()
        return {"error": time_reason(options) + f" (wall clock {wall_limit(options):g} s)"}
    if process.returncode in (-9, -24):  # SIGKILL, SIGXCPU: the hard CPU limit
        return {"error": time_reason(options)}
    try:
        result = json.loads(out.decode("utf-8"))
    except (UnicodeDecodeError, json.JSONDecodeError):
        result = None
    if not isinstance(result, dict):
        last = err.decode("utf-8", "replace").strip().splitlines()[-1:] or [""]
        if "MemoryError" in last[0]:
            return {"error": memory_reason(options)}
        return {"error": f"the checking process stopped without a result "
                         f"(exit status {process.returncode}) {last[0][:200]}".strip()}
    return result
