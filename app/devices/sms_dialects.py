"""Which SMS command dialect a model speaks; how the 2N MeterCom's CNF parameters map onto profile keys."""

from __future__ import annotations

from app.devices.profiles import load_profile
from app.params.schema import Profile

WME = "wme"
MCP = "2n"
DIALECTS = {WME: "WM-E SMS (pw=….cmd=…)", MCP: "2N MeterCom SMS (MCP …)"}
WME_PASSWORD_KEY = "csd.password"  # WM-E2S manual §4.6: the CSD password guards SMS commands too
MCP_DEFAULT_PASSWORD = "HELLO"  # 2N MeterCom PRO manual §4.2, until NPWD changes it

# 2N MeterCom PRO manual §4.2 CNF parameters → the parameter keys they may set, first one a profile has
MCP_KEYS = {
    "APN": ("conn.apn_name",),
    "DUSR": ("conn.apn_user",),
    "DPWD": ("conn.apn_pass",),
    "IP": ("client.server_ip", "m2m.server_ip"),
    "PORT": ("client.server_port", "m2m.server_port"),
    "RINT": ("client.call_interval", "m2m.call_interval"),
}
# NPWD: the SMS password, which on the MeterCom is the DLMS one (its profile's sec.password)
_MCP_PASSWORD_KEYS = ("csd.password", "dlms.password", "sec.password")


def dialect_for_model(model: str) -> str | None:
    """The SMS dialect a model's firmware speaks (None: it takes no SMS commands)."""
    name = model.lower()
    if "metercom" in name:
        return MCP
    if name.startswith("wm-e"):
        return WME
    return None


def sms_profile(model: str | None, dialect: str) -> Profile:
    """The profile of a device reached by SMS: the named model, else the dialect's usual one."""
    if model:
        return load_profile(model)
    return load_profile("metercom-pro" if dialect == MCP else "wm-e2s")


def mcp_password_key(profile: Profile) -> str | None:
    """The parameter NPWD sets (the SMS password), or None if the profile has none."""
    return next((k for k in _MCP_PASSWORD_KEYS if k in profile.by_key), None)


def mcp_keys(profile: Profile) -> dict[str, str]:
    """CNF parameter → profile key, for the parameters this profile has (NPWD included)."""
    keys = {
        name: key
        for name, candidates in MCP_KEYS.items()
        if (key := next((k for k in candidates if k in profile.by_key), None)) is not None
    }
    password = mcp_password_key(profile)
    if password is not None:
        keys["NPWD"] = password
    return keys
