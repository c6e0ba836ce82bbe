"""The bounded worker: `python -m foidesk.release.worker` reads one JSON request on stdin
({"task", "args", "options"}), limits itself, does the task and writes one JSON answer."""

from __future__ import annotations

import json
import sys
from collections.abc import Callable
from typing import Any

from foidesk.release.bounded import (
    CpuTimeExceeded,
    apply_limits,
    memory_reason,
    options_from_json,
    time_reason,
)
from foidesk.release.findings import ScanOptions


def _scan(args: list[Any], options: ScanOptions) -> dict[str, Any]:
    from pathlib import Path

    from foidesk.release.scanner import report_for

    return report_for(Path(str(args[0])), options).as_dict()


def _clean(args: list[Any], options: ScanOptions) -> dict[str, Any]:
    from pathlib import Path

    from foidesk.release.cleaning import clean_path
    from foidesk.release.findings import ScanError
    from foidesk.release.output_path import os_error_reason

    try:
        clean_path(Path(str(args[0])), Path(str(args[1])), reject_changes=bool(args[2]))
    except ScanError as exc:
        return {"error": str(exc)}
    except OSError as exc:
        return {"error": os_error_reason(exc, Path(str(args[1])))}
    return {"ok": True}


TASKS: dict[str, Callable[[list[Any], ScanOptions], dict[str, Any]]] = {
    "scan": _scan,
    "clean": _clean,
}


def main() -> int:
    request = json.loads(sys.stdin.read())
    options = options_from_json(request.get("options", {}))
    result: dict[str, Any]
    try:
        apply_limits(options)
        result = TASKS[request["task"]](list(request.get("args", [])), options)
        text = json.dumps(result)
    except MemoryError:
        text = json.dumps({"error": memory_reason(options)})
    except CpuTimeExceeded:
        text = json.dumps({"error": time_reason(options)})
    except BaseException as exc:  # noqa: BLE001 - fail closed, whatever happened
        text = json.dumps({"error": f"{type(exc).__name__}: {exc}"[:300]})
    sys.stdout.write(text)
    sys.stdout.flush()
    return 0


if __name__ == "__main__":
    sys.exit(main())
