"""HTTP/HTTPS report delivery: one POST per document; any status of 400 or more is a failure (retried)."""

from __future__ import annotations

import base64
from collections.abc import Sequence

import aiohttp

from app.errors import AuthError, TransportError
from app.gateway.reports.config import ReportConfig
from app.gateway.reports.model import Document
from app.gateway.reports.tls import tls_context


def basic_auth(username: str, password: str) -> str:
    """The `Authorization` value of HTTP basic authentication (RFC 7617, UTF-8)."""
    return "Basic " + base64.b64encode(f"{username}:{password}".encode()).decode("ascii")


async def send(
    config: ReportConfig, documents: Sequence[Document], *, password: str, gateway: str, timeout: float
) -> str:
    """POST every document to the URL; the last status line."""
    ssl_context = tls_context(config) if config.scheme == "https" else None
    auth = {"Authorization": basic_auth(config.username, password)} if config.username else {}
    answer = ""
    try:
        async with aiohttp.ClientSession(timeout=aiohttp.ClientTimeout(total=timeout)) as session:
            for doc in documents:
                headers = {
                    "Content-Type": doc.content_type,
                    "X-Message-Id": doc.message_id,
                    "X-Gateway": gateway,
                    "Content-Disposition": f'attachment; filename="{doc.filename}"',
                    **doc.headers,
                    **auth,
                }
                async with session.post(
                    config.url, data=doc.body, headers=headers, ssl=ssl_context or True
                ) as response:
                    text = (await response.text(errors="replace"))[:200].strip()
                    http = response.version
                    version = f"{http.major}.{http.minor}" if http is not None else "1.1"
                    answer = f"HTTP/{version} {response.status} {response.reason}"
                    if text:
                        answer += f": {text}"
                    if response.status in (401, 403):
                        raise AuthError(answer)
                    if response.status >= 400:
                        raise TransportError(answer)
    except (TimeoutError, aiohttp.ClientError, OSError) as exc:
        raise TransportError(f"HTTP {config.safe_url}: {type(exc).__name__}: {exc}") from None
    return answer
