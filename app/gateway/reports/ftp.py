"""FTP/FTPS report delivery (aioftp): each document uploaded under a temporary name, then renamed.

`ftp://` plain, `ftpes://` explicit TLS (AUTH TLS on port 21), `ftps://` implicit TLS (port 990).
The rename makes a file appear complete or not at all, so a collector never picks up half a report.
"""

from __future__ import annotations

import asyncio
from collections.abc import Sequence

import aioftp

from app.errors import AuthError, TransportError
from app.gateway.reports.config import ReportConfig
from app.gateway.reports.model import Document
from app.gateway.reports.tls import tls_context


async def send(
    config: ReportConfig, documents: Sequence[Document], *, password: str, gateway: str, timeout: float
) -> str:
    """Upload every document into the URL's directory; the server's last reply."""
    implicit = config.scheme == "ftps"
    client = aioftp.Client(
        ssl=tls_context(config) if implicit else None, socket_timeout=timeout, connection_timeout=timeout
    )
    answer = ""
    try:
        await asyncio.wait_for(client.connect(config.host, config.port), timeout)
        try:
            if config.scheme == "ftpes":
                await client.upgrade_to_tls(tls_context(config))
            try:
                await client.login(config.username or "anonymous", password or "gwterm@")
            except aioftp.StatusCodeError as exc:
                raise AuthError(f"FTP {config.safe_url}: login refused ({' '.join(exc.info)})") from None
            if config.path:
                await client.make_directory(config.path)
                await client.change_directory(config.path)
            for doc in documents:
                partial = f".{doc.filename}.part"
                async with client.upload_stream(partial) as stream:
                    await stream.write(doc.body)
                await client.command(f"RNFR {partial}", "350")
                code, info = await client.command(f"RNTO {doc.filename}", "2xx")
                answer = f"{code} {' '.join(info).strip()}"
        finally:
            client.close()
    except (TimeoutError, aioftp.StatusCodeError, OSError, ConnectionError) as exc:
        raise TransportError(f"FTP {config.safe_url}: {type(exc).__name__}: {exc}") from None
    return answer
