"""Meters that break EN 13757-4 in known ways, and how their telegrams are read all the same.

Diehl group meters (DME, EWT, HYD, SAP, SPL) in their PRIOS and "real data" telegrams send the
A-field as version, device type, id instead of id, version, device type; SAP PRIOS telegrams use the
version byte as a fifth id digit pair and carry no device type (they are water meters).
"""

from __future__ import annotations

from dataclasses import replace

from app.protocols.mbus.secondary import manufacturer_code
from app.protocols.wmbus.link import C_SND_IR, C_SND_NR, LinkHeader, address_bytes

_DIEHL = frozenset(manufacturer_code(m) for m in ("DME", "EWT", "HYD", "SAP", "SPL"))
_SAP = manufacturer_code("SAP")
_PRIOS_CIS = range(0xA0, 0xA8)
_PRIOS_SCR_CIS = range(0xB1, 0xB4)
_CI_ALARM = 0x71
_CI_SHORT = 0x7A
_REAL_DATA_MODE_BIT = 0x10  # security modes 16-31 in a Diehl short header mean "real data"
_WATER = 0x07


def fix_link_address(link: LinkHeader, ci: int, config: int | None) -> LinkHeader:
    """The link header with the meter's true id, version and device type (unchanged for most meters).

    `ci` is the CI after link and AFL; `config` the TPL configuration field of a short header, if any.
    """
    if link.manufacturer not in _DIEHL or link.c_field not in (C_SND_NR, C_SND_IR):
        return link
    swapped = ci == _CI_ALARM or ci in _PRIOS_SCR_CIS
    if ci == _CI_SHORT and config is not None:
        swapped = bool((config >> 8) & _REAL_DATA_MODE_BIT)
    if ci in _PRIOS_CIS:
        if link.manufacturer == _SAP:
            return replace(link, version=0, device_type=_WATER)
        swapped = True
    if not swapped:
        return link
    # sent as version, device type, id (least significant byte first)
    raw_a_field = address_bytes(link.id, link.version, link.device_type)
    return replace(
        link, id=raw_a_field[5:1:-1].hex().upper(), version=raw_a_field[0], device_type=raw_a_field[1]
    )
