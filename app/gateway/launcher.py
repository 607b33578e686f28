"""The gateway launcher (docs/firmware.md §5): runs the gateway from the active slot, undoes a bad update.

The launcher is a small supervisor that never changes with updates. It starts the gateway as a child
process from the active slot's runtime (or the installed one), restarts it when it asks for a restart
(exit code 75, after an activation), and falls back to the previous slot when a new version exits or
fails to confirm within its deadline.
"""

from __future__ import annotations

import contextlib
import logging
import os
import signal
import subprocess
import sys
import time
from pathlib import Path

from app.gateway.slots import SlotStore

log = logging.getLogger("gwterm.gateway")
RESTART_CODE = 75
USAGE_CODE = 2  # bad arguments or configuration: starting again cannot help
POLL = 0.2
CRASH_PAUSE = 2.0
MAX_CRASH_PAUSE = 60.0
STABLE_SECONDS = 60.0  # a child that ran this long before crashing starts the back-off afresh


def _die_with_parent() -> None:
    """Linux: the child gets SIGKILL when the launcher dies, so a killed launcher leaves no orphan."""
    with contextlib.suppress(Exception):
        import ctypes  # noqa: PLC0415

        ctypes.CDLL("libc.so.6", use_errno=True).prctl(1, signal.SIGKILL)  # PR_SET_PDEATHSIG


def child_env(slots: SlotStore) -> dict[str, str]:
    """The environment that makes `python -m app` load the active slot's runtime."""
    env = dict(os.environ)
    env["GWTERM_LAUNCHED"] = "1"
    runtime = slots.runtime_dir()
    if runtime is not None:
        env["PYTHONPATH"] = str(runtime) + (os.pathsep + env["PYTHONPATH"] if env.get("PYTHONPATH") else "")
        env["GWTERM_RESOURCES"] = str(runtime / "resources")
    else:
        env.pop("GWTERM_RESOURCES", None)
    return env


def child_command() -> list[str]:
    """How to start gwterm again: the frozen program itself, or this Python on the `app` package."""
    if getattr(sys, "frozen", False):
        return [sys.executable]  # a frozen bundle runs its own code; installers update it (docs/firmware.md)
    # -P: no current directory on sys.path, so the slot's runtime (PYTHONPATH) is what gets imported
    return [sys.executable, "-P", "-m", "app"]


def run_launcher(child_args: list[str], firmware_folder: Path) -> int:
    """Supervise the gateway child until it exits for good; returns its exit code."""
    if not log.handlers:  # the operator's terminal (or the service's journal) hears about restarts
        handler = logging.StreamHandler()
        handler.setFormatter(logging.Formatter("gwterm gateway: %(message)s"))
        log.addHandler(handler)
    slots = SlotStore(firmware_folder)
    stop = {"signal": 0}

    def forward(signum: int, _frame: object) -> None:
        stop["signal"] = signum

    for signum in (signal.SIGTERM, signal.SIGINT):
        signal.signal(signum, forward)
    running: dict[str, subprocess.Popen[bytes]] = {}

    def pass_on(signum: int, _frame: object) -> None:
        if "child" in running and running["child"].poll() is None:
            running["child"].send_signal(signum)  # the power state (LastGasp) is the gateway's business

    for name in ("SIGUSR1", "SIGUSR2"):
        if hasattr(signal, name):
            signal.signal(getattr(signal, name), pass_on)
    crashes = 0
    while True:
        pending = slots.state()["pending"]
        popen_extra = {"preexec_fn": _die_with_parent} if sys.platform.startswith("linux") else {}
        child = subprocess.Popen(
            [*child_command(), "gateway", *child_args, "--child"],
            env=child_env(slots),
            **popen_extra,
        )  # type: ignore[call-overload]
        running["child"] = child
        started = time.monotonic()
        code = _watch(child, slots, pending, stop)
        if stop["signal"]:
            return 0 if code in (0, -signal.SIGTERM, -signal.SIGINT, 130) else code
        if code == RESTART_CODE:
            continue
        if slots.state()["pending"]:
            slots.fall_back(f"exited with code {code} before confirming")
            continue
        if code in (0, USAGE_CODE):
            return code
        # a crash of a confirmed version: start it again, backing off while it keeps failing at once
        crashes = crashes + 1 if time.monotonic() - started < STABLE_SECONDS else 1
        pause = min(CRASH_PAUSE * 2 ** (crashes - 1), MAX_CRASH_PAUSE)
        log.warning("exited with code %d; starting it again in %.0f s", code, pause)
        if not _pause(pause, stop):
            return code


def _pause(seconds: float, stop: dict[str, int]) -> bool:
    """Wait, unless a stop signal arrives first; False when it did."""
    until = time.monotonic() + seconds
    while time.monotonic() < until:
        if stop["signal"]:
            return False
        time.sleep(POLL)
    return not stop["signal"]


def _watch(
    child: subprocess.Popen[bytes], slots: SlotStore, pending: dict[str, object] | None, stop: dict[str, int]
) -> int:
    deadline = float(pending["deadline"]) if pending else None  # type: ignore[arg-type]
    while True:
        code = child.poll()
        if code is not None:
            return code
        if stop["signal"]:
            child.send_signal(signal.SIGTERM)
            try:
                return child.wait(15)
            except subprocess.TimeoutExpired:
                child.kill()
                return child.wait()
        if deadline is not None and time.time() > deadline and slots.state()["pending"]:
            child.terminate()
            try:
                child.wait(10)
            except subprocess.TimeoutExpired:
                child.kill()
                child.wait()
            slots.fall_back("did not confirm in time")
            return RESTART_CODE
        time.sleep(POLL)
