"""Device information of a soft-gateway: what it has, `not available` for the radio it lacks."""

from __future__ import annotations

import random
import socket
from dataclasses import dataclass
from typing import Any

from app import __version__

NOT_AVAILABLE = "not available"


@dataclass(frozen=True, kw_only=True)
class SimulatedRadio:
    """Plausible cellular values for a simulated gateway, stable per serial number."""

    imei: str
    icc: str
    operator: str
    technology: str
    rssi_dbm: int
    ip: str

    @classmethod
    def for_serial(cls, serial: str) -> SimulatedRadio:
        """A repeatable radio identity derived from the serial."""
        rng = random.Random(serial)
        body = "35" + "".join(str(rng.randrange(10)) for _ in range(12))
        return cls(
            imei=body + str(_luhn_digit(body)),
            icc="8936" + "".join(str(rng.randrange(10)) for _ in range(15)),
            operator=rng.choice(["Telekom HU", "Yettel HU", "Vodafone HU"]),
            technology=rng.choice(["LTE Cat.M1", "LTE Cat.M1", "NB-IoT", "GSM"]),
            rssi_dbm=rng.randrange(-105, -60),
            ip=f"10.{rng.randrange(256)}.{rng.randrange(256)}.{rng.randrange(1, 255)}",
        )


def device_info(
    model: str, name: str, identity: dict[str, str], radio: SimulatedRadio | None
) -> dict[str, Any]:
    """The INFO reply fields."""
    info: dict[str, Any] = {
        "model": model,
        "name": name,
        "serial": identity.get("serial", ""),
        "firmware": __version__,
        "hardware_id": identity.get("hardware_id", ""),
        "hostname": socket.gethostname(),
    }
    if radio is None:
        info.update(
            imei=NOT_AVAILABLE,
            icc=NOT_AVAILABLE,
            operator=NOT_AVAILABLE,
            technology=NOT_AVAILABLE,
            rssi_dbm=NOT_AVAILABLE,
            ip=NOT_AVAILABLE,
        )
    else:
        info.update(
            imei=radio.imei,
            icc=radio.icc,
            operator=radio.operator,
            technology=radio.technology,
            rssi_dbm=radio.rssi_dbm,
            ip=radio.ip,
        )
    return info


def _luhn_digit(digits: str) -> int:
    total = 0
    for i, ch in enumerate(reversed(digits)):
        d = int(ch)
        if i % 2 == 0:
            d *= 2
            d -= 9 if d > 9 else 0
        total += d
    return (10 - total % 10) % 10
