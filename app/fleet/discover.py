"""`gwterm discover`: ask the LAN which gateways are there; and the MUC.one Netdiscover list as a sheet."""

from __future__ import annotations

import asyncio
import socket
from pathlib import Path

from app.errors import ConfigFileError, DecodeError
from app.fleet.sheet import MODEL, NAME, PASSWORD_REF, URL, parse_csv
from app.protocols.discovery import PORT, REQUEST, decode_announce

NETDISCOVER_HEADER = ("Port", "Name", "Password", "Username", "IP", "File")


class _Collector(asyncio.DatagramProtocol):
    def __init__(self) -> None:
        self.found: dict[tuple[str, str], dict[str, str]] = {}

    def datagram_received(self, data: bytes, addr: tuple[str, int]) -> None:
        try:
            info = decode_announce(data)
        except DecodeError:
            return
        info["from"] = addr[0]
        if "://0.0.0.0:" in info["url"]:  # listening on every interface: reachable at the sender's address
            info["url"] = info["url"].replace("://0.0.0.0:", f"://{addr[0]}:", 1)
        self.found[(info["serial"], info["url"])] = info


async def discover(
    *, target: str = "255.255.255.255", port: int = PORT, timeout: float = 2.0, repeats: int = 2
) -> list[dict[str, str]]:
    """Send the request (twice: UDP may drop one) and collect answers for `timeout` seconds."""
    loop = asyncio.get_running_loop()
    sock = socket.socket(socket.AF_INET, socket.SOCK_DGRAM)
    sock.setsockopt(socket.SOL_SOCKET, socket.SO_BROADCAST, 1)
    sock.bind(("0.0.0.0", 0))
    transport, collector = await loop.create_datagram_endpoint(_Collector, sock=sock)
    try:
        for _ in range(max(1, repeats)):
            transport.sendto(REQUEST, (target, port))
            await asyncio.sleep(timeout / max(1, repeats))
    finally:
        transport.close()
    return sorted(collector.found.values(), key=lambda i: (i["url"], i["serial"]))


def discovered_rows(found: list[dict[str, str]]) -> tuple[list[str], list[list[str]]]:
    """A fleet sheet of what was found: url, password_ref (the url), model, name."""
    header = [URL, PASSWORD_REF, MODEL, NAME]
    return header, [[f["url"], f["url"], f["model"], f["name"] or f["serial"]] for f in found]


def read_netdiscover(
    path: Path, *, gwcp_port: int | None = None
) -> tuple[list[str], list[list[str]], dict[str, str]]:
    """The MUC.one Netdiscover list (Port;Name;Password;Username;IP;File) as rows, and passwords by ref."""
    sheet = parse_csv(path.read_bytes(), name=path.name)
    if tuple(sheet.header[: len(NETDISCOVER_HEADER)]) != NETDISCOVER_HEADER:
        raise ConfigFileError(f"{path}: not a Netdiscover list (header {';'.join(NETDISCOVER_HEADER)})")
    rows: list[list[str]] = []
    passwords: dict[str, str] = {}
    for number, cells in sheet.records():
        ip = cells["IP"]
        port = str(gwcp_port) if gwcp_port else (cells["Port"] or "9001")
        if not ip or not port.isdigit():
            raise ConfigFileError(f"{path}, row {number}: needs IP and a numeric Port")
        url = f"tcp://{ip}:{port}"
        ref = f"netdiscover:{cells['Name'] or ip}"
        if cells["Password"]:
            passwords[ref] = cells["Password"]
        rows.append([url, ref if cells["Password"] else url, "", cells["Name"]])
    return [URL, PASSWORD_REF, MODEL, NAME], rows, passwords
