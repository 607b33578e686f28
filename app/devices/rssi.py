"""Signal quality levels 1-4 from RSSI in dBm, per access technology (WM-E2S manual, LED 2 table)."""

from __future__ import annotations

# lowest dBm of levels 2, 3 and 4 for each technology
_THRESHOLDS: dict[str, tuple[int, int, int]] = {
    "2g": (-97, -90, -64),
    "3g": (-102, -91, -64),
    "lte": (-121, -106, -84),
    "cat.m1": (-125, -115, -84),
    "nb-iot": (-121, -106, -84),
}


def technology_family(technology: str) -> str:
    """The threshold family of an access technology name such as 'LTE Cat.M1' or 'GSM'."""
    name = technology.lower()
    if "m1" in name:
        return "cat.m1"
    if "nb" in name:
        return "nb-iot"
    if "lte" in name or "4g" in name:
        return "lte"
    if "3g" in name or "umts" in name or "hspa" in name:
        return "3g"
    return "2g"


def rssi_level(dbm: int, technology: str) -> int:
    """1 (poor, red) … 4 (excellent, green) for this RSSI on this technology."""
    low2, low3, low4 = _THRESHOLDS[technology_family(technology)]
    if dbm >= low4:
        return 4
    if dbm >= low3:
        return 3
    if dbm >= low2:
        return 2
    return 1
