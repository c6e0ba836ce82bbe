"""Every command stops quietly when its reader goes away (`foidesk parse big.txt | head`)."""

import subprocess
import sys


def test_a_closed_pipe_ends_the_command_without_a_traceback(tmp_path):
    request = tmp_path / "request.txt"
    request.write_text("".join(f"{i}. Please give me the figure for year {i}?\n" for i in range(1, 3000)))
    proc = subprocess.Popen(
        [sys.executable, "-m", "foidesk.cli", "parse", str(request), "--json"],
        stdout=subprocess.PIPE, stderr=subprocess.PIPE,
    )
    assert proc.stdout is not None
    proc.stdout.read(10)
    proc.stdout.close()
    _, err = proc.communicate(timeout=120)
    assert b"Traceback" not in err
    assert b"BrokenPipeError" not in err
