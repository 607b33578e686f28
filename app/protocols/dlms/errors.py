"""Why a DLMS/COSEM exchange failed: subclasses of the one error tree in app/errors.py."""

from __future__ import annotations

import enum
from typing import TypeVar

from app.errors import DecodeError, DeviceError


class DlmsSecurityError(DecodeError):
    """A ciphered APDU or HLS reply failed its check: wrong key, tampered tag, or a replayed counter."""


_E = TypeVar("_E", bound=enum.IntEnum)


def _pseudo_member(cls: type[_E], value: object) -> _E | None:
    # codes the standard reserves still decode (and re-encode) instead of failing the whole APDU
    if not isinstance(value, int) or not 0 <= value <= 0xFF:
        return None
    member = int.__new__(cls, value)
    member._name_ = f"RESULT_{value}"
    member._value_ = value
    return member


class DataAccessResult(enum.IntEnum):
    """Data-Access-Result (IEC 62056-5-3 §8.5 / Green Book 9.5): why a GET/SET of one attribute failed."""

    SUCCESS = 0
    HARDWARE_FAULT = 1
    TEMPORARY_FAILURE = 2
    READ_WRITE_DENIED = 3
    OBJECT_UNDEFINED = 4
    OBJECT_CLASS_INCONSISTENT = 9
    OBJECT_UNAVAILABLE = 11
    TYPE_UNMATCHED = 12
    SCOPE_OF_ACCESS_VIOLATED = 13
    DATA_BLOCK_UNAVAILABLE = 14
    LONG_GET_ABORTED = 15
    NO_LONG_GET_IN_PROGRESS = 16
    LONG_SET_ABORTED = 17
    NO_LONG_SET_IN_PROGRESS = 18
    DATA_BLOCK_NUMBER_INVALID = 19
    OTHER_REASON = 250

    @classmethod
    def _missing_(cls, value: object) -> DataAccessResult | None:
        return _pseudo_member(cls, value)


class ActionResult(enum.IntEnum):
    """Action-Result (IEC 62056-5-3 §8.5): why an ACTION failed."""

    SUCCESS = 0
    HARDWARE_FAULT = 1
    TEMPORARY_FAILURE = 2
    READ_WRITE_DENIED = 3
    OBJECT_UNDEFINED = 4
    OBJECT_CLASS_INCONSISTENT = 9
    OBJECT_UNAVAILABLE = 11
    TYPE_UNMATCHED = 12
    SCOPE_OF_ACCESS_VIOLATED = 13
    DATA_BLOCK_UNAVAILABLE = 14
    LONG_ACTION_ABORTED = 15
    NO_LONG_ACTION_IN_PROGRESS = 16
    OTHER_REASON = 250

    @classmethod
    def _missing_(cls, value: object) -> ActionResult | None:
        return _pseudo_member(cls, value)


class CosemAccessError(DeviceError):
    """An attribute or method access was refused with a Data-Access-Result / Action-Result code."""

    def __init__(self, message: str, *, result: int = DataAccessResult.OTHER_REASON) -> None:
        super().__init__(message, code=f"dlms_{result}")
        self.result = int(result)


def result_name(result: int) -> str:
    """The snake_case name of a Data-Access-Result code, or `result_N` for an unknown one."""
    try:
        return DataAccessResult(result).name.lower()
    except ValueError:
        return f"result_{result}"
