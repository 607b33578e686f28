"""What an AT terminal does with a typed line: a command, a message body, call control, or call data."""

from __future__ import annotations

from dataclasses import dataclass

from app.errors import TransportError
from app.protocols.at.csd import CallState
from app.transports.gsm_modem import CallError, GsmModem


@dataclass(frozen=True, kw_only=True)
class TerminalAnswer:
    """The modem's answer to one typed line."""

    command: str
    lines: tuple[str, ...] = ()
    result: str = ""
    ok: bool = True


def needs_body(text: str) -> bool:
    """AT+CMGS/AT+CMGW: the next line typed is the message body."""
    return text.strip().upper().replace(" ", "").startswith(("AT+CMGS", "AT+CMGW"))


def in_data_mode(modem: GsmModem) -> bool:
    """Whether typed lines go to the far end of a call."""
    return modem.call.state is CallState.CONNECTED


async def run_line(
    modem: GsmModem, text: str, *, body: str | None = None, timeout: float = 10.0
) -> TerminalAnswer | None:
    """Send one typed line; its answer (None for data sent to the far end of a call)."""
    line = text.strip()
    upper = line.upper().replace(" ", "")
    if in_data_mode(modem):
        if line == "+++":
            ok = await modem.escape()
            return TerminalAnswer(command=line, result="OK" if ok else "ERROR", ok=ok)
        await modem.write_data(text.encode("latin-1", "replace") + b"\r")
        return None
    try:
        if needs_body(line):
            response = await modem.command_with_body(line, body or "", timeout=max(timeout, 30.0))
        elif upper.startswith("ATD") and not upper.endswith(";"):
            connected = await modem.dial(line[3:].strip(), timeout=max(timeout, 60.0))
            return TerminalAnswer(command=line, result=f"CONNECT {connected.speed}".strip())
        elif upper == "ATA":
            connected = await modem.answer(timeout=max(timeout, 30.0))
            return TerminalAnswer(command=line, result=f"CONNECT {connected.speed}".strip())
        elif upper == "ATO" and modem.in_call:
            connected = await modem.resume(timeout=timeout)
            return TerminalAnswer(command=line, result=f"CONNECT {connected.speed}".strip())
        elif upper in ("ATH", "ATH0") and modem.in_call:
            await modem.hang_up(timeout=timeout)
            return TerminalAnswer(command=line, result="OK")
        else:
            response = await modem.command(line, timeout=timeout)
    except CallError as exc:
        return TerminalAnswer(command=line, result=exc.reason.value.upper(), ok=False)
    except TransportError as exc:
        if modem.failure is not None:
            raise
        return TerminalAnswer(command=line, result=str(exc), ok=False)
    return TerminalAnswer(command=line, lines=response.lines, result=response.result.line, ok=response.ok)
