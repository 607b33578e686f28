"""Two firmware slots in the state dir and which one runs: installed, pending confirmation, fallen back."""

from __future__ import annotations

import io
import shutil
import time
import zipfile
from pathlib import Path
from typing import Any

from app.atomic import read_json, write_json
from app.errors import ConfigFileError, FirmwareError

SLOTS = ("A", "B")
STATE = "slots.json"
RUNTIME = "runtime"


class SlotStore:
    """`firmware/slots.json` says which slot is active and whether it still has to confirm."""

    def __init__(self, folder: Path) -> None:
        self.folder = folder
        self.folder.mkdir(parents=True, exist_ok=True)
        self.path = folder / STATE

    def state(self) -> dict[str, Any]:
        """The current record (a fresh one if there is none yet)."""
        if not self.path.exists():
            return {"active": None, "slots": {}, "pending": None, "last_error": ""}
        try:
            return read_json(self.path)
        except ConfigFileError:
            return {
                "active": None,
                "slots": {},
                "pending": None,
                "last_error": "slot record damaged: running the installed runtime",
            }

    def _save(self, state: dict[str, Any]) -> None:
        write_json(self.path, state)

    def inactive(self) -> str:
        """The slot an update goes into (never the one running)."""
        active = self.state()["active"]
        return "B" if active == "A" else "A"

    def install(self, payload: bytes, header: dict[str, Any]) -> str:
        """Put a verified payload into the inactive slot; the slot is complete or absent, never half."""
        slot = self.inactive()
        target = self.folder / slot
        staging = self.folder / f".{slot}.staging"
        shutil.rmtree(staging, ignore_errors=True)
        staging.mkdir()
        if header.get("payload_kind") == "gateway-runtime":
            try:
                with zipfile.ZipFile(io.BytesIO(payload)) as archive:
                    for name in archive.namelist():
                        if name.startswith(("/", "..")) or "/../" in name:
                            raise FirmwareError(f"the runtime archive holds an unsafe path: {name}")
                    archive.extractall(staging / RUNTIME)
            except zipfile.BadZipFile:
                raise FirmwareError("the runtime payload is not a zip archive") from None
        (staging / "payload.bin").write_bytes(payload)
        shutil.rmtree(target, ignore_errors=True)
        staging.rename(target)
        state = self.state()
        state["slots"][slot] = {
            "version": header["version"],
            "kind": header.get("payload_kind", "raw"),
            "sha256": header["sha256"],
            "installed": _now(),
        }
        self._save(state)
        return slot

    def activate(self, slot: str, *, confirm_within: float, now: float | None = None) -> None:
        """Make `slot` the running one on the next start; it must confirm within the time or is undone."""
        state = self.state()
        if slot not in state["slots"]:
            raise FirmwareError(f"slot {slot} holds no installed image")
        if state["pending"]:
            raise FirmwareError("an activation is already waiting for confirmation")
        state["pending"] = {
            "slot": slot,
            "previous": state["active"],
            "deadline": (now or time.time()) + confirm_within,
        }
        state["active"] = slot
        state["last_error"] = ""
        self._save(state)

    def confirm(self) -> bool:
        """The new version started fine: it stays. False if nothing was pending."""
        state = self.state()
        if not state["pending"]:
            return False
        state["pending"] = None
        self._save(state)
        return True

    def fall_back(self, reason: str) -> None:
        """Undo a pending activation: the previous slot (or the installed runtime) runs again."""
        state = self.state()
        pending = state["pending"]
        if not pending:
            return
        failed = pending["slot"]
        state["active"] = pending["previous"]
        state["pending"] = None
        state["last_error"] = (
            f"version {state['slots'].get(failed, {}).get('version', '?')} in slot {failed}: {reason}"
        )
        self._save(state)

    def active_version(self, installed: str) -> str:
        """The version that runs: the active slot's, or the installed runtime's."""
        state = self.state()
        active = state["active"]
        return str(state["slots"].get(active, {}).get("version", installed)) if active else installed

    def runtime_dir(self) -> Path | None:
        """Where the active slot's runtime is (None: the installed one)."""
        state = self.state()
        active = state["active"]
        if active and state["slots"].get(active, {}).get("kind") == "gateway-runtime":
            path = self.folder / active / RUNTIME
            return path if path.is_dir() else None
        return None

    def status(self, installed: str) -> dict[str, Any]:
        """For FW_STATUS: slots, active, pending, last error, running version."""
        state = self.state()
        return {**state, "running_version": self.active_version(installed)}


def _now() -> str:
    return time.strftime("%Y-%m-%dT%H:%M:%SZ", time.gmtime())
