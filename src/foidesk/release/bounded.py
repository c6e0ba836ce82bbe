"""Run one file's work in a child process held to a time and memory budget.

The child sets RLIMIT_AS (memory) and RLIMIT_CPU (time) before touching the file. The time
limit counts the child's CPU seconds, so a busy machine that shares its cores does not turn a
good file into an error; the parent also stops waiting after twice the limit plus a few seconds
of wall-clock time, and kills the child. Whatever the file provokes (a zip bomb, entity
expansion, a parser crash), the caller gets back either the child's answer or a one-line
reason, and carries on.
"""

from __future__ import annotations

import math
import multiprocessing
import sys
from collections.abc import Callable
from multiprocessing.connection import Connection
from typing import Any

from foidesk.release.findings import ScanOptions

KILL_GRACE_S = 5.0
WALL_SLACK_S = 5.0


class CpuTimeExceeded(BaseException):
    """Raised in the child by SIGXCPU, when it has used its CPU seconds."""
Work = Callable[..., dict[str, Any]]


def memory_reason(options: ScanOptions) -> str:
    return f"exceeded the memory limit of {options.memory_limit_bytes // (1024 * 1024)} MB"


def time_reason(options: ScanOptions) -> str:
    return f"exceeded the time limit of {options.time_limit_s:g} s"


def wall_limit(options: ScanOptions) -> float:
    return 2 * options.time_limit_s + WALL_SLACK_S


def _on_xcpu(signum: int, frame: object) -> None:
    raise CpuTimeExceeded


def _apply_limits(options: ScanOptions) -> None:
    try:
        import resource
        import signal
    except ImportError:  # not POSIX: the parent's timeout still bounds the child
        return
    limit = int(options.memory_limit_bytes)
    resource.setrlimit(resource.RLIMIT_AS, (limit, limit))
    used = resource.getrusage(resource.RUSAGE_SELF)
    cpu = math.ceil(used.ru_utime + used.ru_stime + options.time_limit_s)
    signal.signal(signal.SIGXCPU, _on_xcpu)
    resource.setrlimit(resource.RLIMIT_CPU, (cpu, cpu + 5))


def _child(conn: Connection, work: Work, args: tuple[Any, ...], options: ScanOptions) -> None:
    result: dict[str, Any]
    try:
        _apply_limits(options)
        result = work(*args)
    except MemoryError:
        result = {"error": memory_reason(options)}
    except CpuTimeExceeded:
        result = {"error": time_reason(options)}
    except BaseException as exc:  # noqa: BLE001 - fail closed, whatever happened
        result = {"error": f"{type(exc).__name__}: {exc}"[:300]}
    try:
        conn.send(result)
    except MemoryError:
        conn.send({"error": memory_reason(options)})
    finally:
        conn.close()


def _context() -> multiprocessing.context.BaseContext:
    if sys.platform.startswith("linux"):
        context = multiprocessing.get_context("forkserver")
        context.set_forkserver_preload(["foidesk.release.scanner", "foidesk.release.cleaning"])
        return context
    return multiprocessing.get_context("spawn")


def run_bounded(work: Work, args: tuple[Any, ...], options: ScanOptions) -> dict[str, Any]:
    """`work(*args)` in a child; its dict, or `{"error": reason}` when it fails or overruns.
    `work` must be a module-level function (it is sent to the child by name)."""
    context = _context()
    receiver, sender = context.Pipe(duplex=False)
    process = context.Process(  # type: ignore[attr-defined]
        target=_child, args=(sender, work, args, options), daemon=True
    )
    try:
        process.start()
    except (OSError, AssertionError) as exc:
        return {"error": f"cannot start the checking process: {exc}"}
    sender.close()
    result: dict[str, Any] | None = None
    timed_out = False
    try:
        if receiver.poll(wall_limit(options)):
            result = receiver.recv()
        else:
            timed_out = True
    except (EOFError, OSError):
        result = None
    finally:
        receiver.close()
        if not timed_out:
            process.join(KILL_GRACE_S)
        if process.is_alive():
            process.kill()
        process.join(KILL_GRACE_S)
    if timed_out:
        return {"error": time_reason(options) + f" (wall clock {wall_limit(options):g} s)"}
    if result is None:
        code = process.exitcode
        if code is not None and -code in (24, 9):  # SIGXCPU, SIGKILL
            return {"error": time_reason(options)}
        if code is not None and code < 0:
            return {"error": f"the checking process was killed by signal {-code}"}
        return {"error": f"the checking process stopped without a result (exit status {code})"}
    return result
