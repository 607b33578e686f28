"""Command SMS to one device and their replies: correlation, reply timeouts and resending."""

from __future__ import annotations

import asyncio
import contextlib
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from typing import Any, TypeVar

from app.errors import DeviceTimeoutError
from app.transports.sms import ReceivedSms, SmsChannel
from app.transports.stream import TraceHook

T = TypeVar("T")
Interpret = Callable[[str], T | None]  # a reply's meaning for one request, None if it answers another


@dataclass(frozen=True, kw_only=True)
class SmsOptions:
    """How long a reply may take (networks can hold an SMS for a while) and how often to resend."""

    reply_timeout: float = 60.0
    retries: int = 1


class SmsSession:
    """Requests by SMS: sent together when their replies can be told apart, else one after the other."""

    def __init__(self, channel: SmsChannel, options: SmsOptions | None = None) -> None:
        self.channel = channel
        self.options = options or SmsOptions()
        self.round_trips = 0
        self.device: dict[str, Any] = {}
        self.unmatched: list[ReceivedSms] = []  # messages from the device that answered nothing pending
        self._lock = asyncio.Lock()

    @classmethod
    async def connect(
        cls, url: str, options: SmsOptions | None = None, *, trace: TraceHook | None = None
    ) -> SmsSession:
        """Open the sms:// channel (the local modem, prepared for SMS)."""
        channel = await SmsChannel.open(url)
        if trace is not None:
            channel.subscribe(trace)
        return cls(channel, options)

    async def exchange(self, text: str, interpret: Interpret[T], *, no_reply: str = "") -> T:
        """Send one request and return its interpreted reply."""
        return (await self.exchange_many([(text, interpret)], no_reply=no_reply))[0]

    async def exchange_many(
        self, requests: Sequence[tuple[str, Interpret[T]]], *, no_reply: str = ""
    ) -> list[T]:
        """Send every request, then collect the replies in any order; resend those still unanswered."""
        async with self._lock:
            results: dict[int, T] = {}
            attempts = 0
            while True:
                for i, (text, _) in enumerate(requests):
                    if i not in results:
                        await self.channel.send(text)
                        self.round_trips += 1
                await self._collect(requests, results)
                if len(results) == len(requests):
                    return [results[i] for i in range(len(requests))]
                attempts += 1
                if attempts > self.options.retries:
                    missing = len(requests) - len(results)
                    raise DeviceTimeoutError(
                        f"{self.channel.url.split('?')[0]}: no reply to {missing} of {len(requests)} "
                        f"SMS after {attempts} tries of {self.options.reply_timeout:g} s"
                        + (f"; {no_reply}" if no_reply else "")
                    )

    async def _collect(self, requests: Sequence[tuple[str, Interpret[T]]], results: dict[int, T]) -> None:
        loop = asyncio.get_running_loop()
        deadline = loop.time() + self.options.reply_timeout
        while len(results) < len(requests):
            try:
                message = await asyncio.wait_for(self.channel.receive(), max(0.01, deadline - loop.time()))
            except TimeoutError:
                return
            for i, (_, interpret) in enumerate(requests):
                if i in results:
                    continue
                meaning = interpret(message.text)
                if meaning is not None:
                    results[i] = meaning
                    break
            else:
                self.unmatched.append(message)  # a late duplicate, or something the device sent by itself
                del self.unmatched[:-50]

    async def close(self, *, polite: bool = True) -> None:
        """Close the channel (SMS have no session to end)."""
        with contextlib.suppress(Exception):
            await self.channel.close()
