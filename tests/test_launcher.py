"""The gateway launcher: a child that keeps failing at start is restarted with a growing pause, a child
refused for bad arguments is not restarted at all, and a stop signal ends the wait at once."""

from __future__ import annotations

import signal
import socket
import subprocess
import sys
import time
from pathlib import Path

from tests.helpers import ROOT


def launcher(tmp_path: Path, *extra: str) -> subprocess.Popen[str]:
    return subprocess.Popen(
        [
            sys.executable, "-m", "app", "gateway", "--state-dir", str(tmp_path / "gw"), "--model", "wm-e2s",
            "--password", "pw-launch", "--no-discovery", *extra,
        ],
        cwd=ROOT, stderr=subprocess.PIPE, stdout=subprocess.DEVNULL, text=True,
    )  # fmt: skip


def test_failing_child_backs_off_and_stops_on_signal(tmp_path: Path) -> None:
    with socket.socket() as busy:
        busy.bind(("127.0.0.1", 0))
        busy.listen()
        port = busy.getsockname()[1]
        proc = launcher(tmp_path, "--listen", f"tcp://127.0.0.1:{port}")
        time.sleep(8.0)
        proc.send_signal(signal.SIGTERM)
        began = time.monotonic()
        _, err = proc.communicate(timeout=15)
    assert time.monotonic() - began < 3, "the stop signal ends the pause"
    pauses = [line.rsplit(" in ", 1)[1] for line in err.splitlines() if "starting it again" in line]
    assert pauses[:3] == ["2 s", "4 s", "8 s"][: len(pauses[:3])] and len(pauses) >= 2, err


def test_bad_arguments_are_not_restarted(tmp_path: Path) -> None:
    proc = launcher(tmp_path, "--listen", "tcp://127.0.0.1:0", "--meter-listen", "tcp://127.0.0.1:0")
    _, err = proc.communicate(timeout=30)
    assert proc.returncode == 2 and "--meter-listen needs --meter" in err
    assert "starting it again" not in err
