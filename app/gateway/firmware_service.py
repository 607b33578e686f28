"""The gateway's side of a firmware update: trust, checks before install, install into a slot, activation."""

from __future__ import annotations

import shutil
from pathlib import Path
from typing import Any

from app import __version__
from app.errors import FirmwareError
from app.firmware import image as fw
from app.firmware.keys import MODEL_KEYS, VERIFY, model_key, verify_key
from app.gateway.slots import SlotStore

TRUST = "trust"
CONFIRM_SECONDS = 120.0


class FirmwareService:
    """Checks signature, model, hardware id and version policy before a payload reaches a slot."""

    def __init__(self, folder: Path, *, model: str, hardware_id: str) -> None:
        self.folder = folder
        self.slots = SlotStore(folder)
        self.model = model
        self.hardware_id = hardware_id
        self.confirm_seconds = CONFIRM_SECONDS

    def install_trust(self, key_folder: Path) -> None:
        """Trust the verify key of a key folder and take this model's payload key from it."""
        trust = self.folder / TRUST
        trust.mkdir(parents=True, exist_ok=True)
        verify_key(key_folder)  # refuse a folder without a usable key before copying anything
        shutil.copyfile(key_folder / VERIFY, trust / VERIFY)
        path = trust / "model.key"
        path.write_text(model_key(key_folder, self.model).hex())
        path.chmod(0o600)
        (trust / MODEL_KEYS).unlink(missing_ok=True)

    def running_version(self) -> str:
        """What runs now."""
        return self.slots.active_version(__version__)

    def check(self, raw: bytes) -> tuple[fw.Image, bytes]:
        """Verify an image for this device: signature, decryption, model, hardware id, versions."""
        trust = self.folder / TRUST
        if not (trust / VERIFY).exists():
            raise FirmwareError(
                "this gateway trusts no firmware signer yet (start it once with --firmware-keys KEYDIR)"
            )
        image = fw.parse(raw)
        fw.verify_signature(image, verify_key(trust / VERIFY))
        fw.check_target(
            image.header,
            model=self.model,
            hardware_id=self.hardware_id,
            current_version=self.running_version(),
        )
        payload = fw.decrypt(image, bytes.fromhex((trust / "model.key").read_text().strip()))
        return image, payload

    def install(self, path: Path) -> dict[str, Any]:
        """Check the received image file and install it into the inactive slot."""
        try:
            raw = path.read_bytes()
        except OSError as exc:
            raise FirmwareError(f"no received image ({exc.strerror or exc}): transfer it first") from None
        image, payload = self.check(raw)
        header = {
            "version": image.header.version,
            "payload_kind": image.header.payload_kind,
            "sha256": image.header.sha256,
        }
        slot = self.slots.install(payload, header)
        return {"slot": slot, "version": image.header.version, "kind": image.header.payload_kind}

    def status(self) -> dict[str, Any]:
        """Slots and activation state."""
        return self.slots.status(__version__)
