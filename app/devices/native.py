"""The native dialect: a device's parameter model over gwcp, typed both ways."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from app.devices.profiles import load_profile
from app.devices.session import GwcpSession, SessionOptions
from app.errors import RemoteProtocolError
from app.params.schema import Profile
from app.params.values import Value, from_wire, to_wire
from app.transports import TraceHook


@dataclass(frozen=True, kw_only=True)
class Reading:
    """Values read from a device; secrets are never read back, only whether they are set."""

    values: dict[str, Value]
    secrets_set: frozenset[str] = field(default_factory=frozenset)


class NativeDevice:
    """A logged-in device speaking gwcp, with its profile."""

    def __init__(self, session: GwcpSession, profile: Profile) -> None:
        self.session = session
        self.profile = profile

    @classmethod
    async def connect(
        cls, url: str, password: str, options: SessionOptions | None = None, *, trace: TraceHook | None = None
    ) -> NativeDevice:
        """Connect, log in and load the profile of the model the device announces."""
        session = await GwcpSession.connect(url, password, options, trace=trace)
        try:
            profile = load_profile(str(session.device.get("model", "")))
        except BaseException:
            await session.close()
            raise
        return cls(session, profile)

    async def read(self, keys: list[str] | None = None) -> Reading:
        """Read the given keys, or all."""
        reply = await self.session.get(keys)
        raw = reply.get("values")
        if not isinstance(raw, dict):
            raise RemoteProtocolError("GET reply without values")
        values = {k: from_wire(self.profile.by_key[k], v) for k, v in raw.items() if k in self.profile.by_key}
        return Reading(values=values, secrets_set=frozenset(reply.get("secrets_set", [])))

    async def write(self, values: dict[str, Value]) -> list[str]:
        """Write a batch, all or nothing; the keys the device reports as changed."""
        wire = {
            k: to_wire(self.profile.by_key[k], v) if k in self.profile.by_key else v
            for k, v in values.items()
        }
        reply: dict[str, Any] = await self.session.set(wire)
        return list(reply.get("changed", []))

    async def info(self) -> dict[str, Any]:
        """Device information."""
        return await self.session.info()

    async def close(self) -> None:
        """End the session."""
        await self.session.close()

    async def __aenter__(self) -> NativeDevice:
        return self

    async def __aexit__(self, *exc: object) -> None:
        await self.close()
