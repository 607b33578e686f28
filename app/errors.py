"""The single error tree of gwterm: every failure a user can meet is one of these."""

from __future__ import annotations


class GwtermError(Exception):
    """Base of every error gwterm raises on purpose."""


class ProtocolError(GwtermError):
    """Bytes or messages that break a protocol's rules."""


class LocalProtocolError(ProtocolError):
    """We were asked to do something the protocol forbids (our side's mistake)."""


class RemoteProtocolError(ProtocolError):
    """The peer sent something malformed or out of place."""


class DecodeError(RemoteProtocolError):
    """A frame or message could not be decoded; `offset` says where, when known."""

    def __init__(self, message: str, *, offset: int | None = None) -> None:
        super().__init__(message if offset is None else f"{message} (at byte {offset})")
        self.offset = offset


class DeviceError(GwtermError):
    """The device understood the request and refused it; `code` is its error code."""

    def __init__(
        self,
        message: str,
        *,
        code: str = "error",
        key_errors: dict[str, str] | None = None,
        retry_after: float = 0.0,
    ) -> None:
        super().__init__(message)
        self.code = code
        self.key_errors = dict(key_errors or {})
        self.retry_after = retry_after


class TransportError(GwtermError):
    """A link could not be opened, or broke."""


class DeviceTimeoutError(TransportError):
    """The device did not answer in time, after all retries."""


class AuthError(GwtermError):
    """Login refused: wrong password, or the device is locked out."""


class LockedOutError(AuthError):
    """Too many failed logins: the device refuses logins for `retry_after` seconds."""

    def __init__(self, message: str, *, retry_after: float) -> None:
        super().__init__(message)
        self.retry_after = retry_after


class ValidationError(GwtermError):
    """A value breaks its schema; `path` names where (`conn.apn_name`, `row 12, column apn`)."""

    def __init__(self, path: str, reason: str) -> None:
        super().__init__(f"{path}: {reason}" if path else reason)
        self.path = path
        self.reason = reason


class ValidationErrors(ValidationError):
    """Several values are invalid at once; `errors` maps each path to its reason."""

    def __init__(self, errors: dict[str, str]) -> None:
        self.errors = dict(errors)
        text = "; ".join(f"{path}: {reason}" for path, reason in self.errors.items())
        super().__init__("", text)


class ProfileError(GwtermError):
    """A device profile file is malformed, or no profile exists for a model."""


class ConfigFileError(GwtermError):
    """A `.cfg` file or state file cannot be read; the message names file and line."""


class FirmwareError(GwtermError):
    """A firmware image is invalid, or its transfer or activation failed."""
