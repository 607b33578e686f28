"""SFTP report delivery (asyncssh): each document written under a temporary name, then renamed.

The server's host key is checked against `tls_ca` used as a known_hosts file (the user's
~/.ssh/known_hosts when empty); `tls_insecure` accepts any host key. `tls_key` is an optional
client private key; the password, when set, is tried as well.
"""

from __future__ import annotations

import posixpath
from collections.abc import Sequence

import asyncssh

from app.errors import AuthError, TransportError
from app.gateway.reports.config import ReportConfig
from app.gateway.reports.model import Document


async def send(
    config: ReportConfig, documents: Sequence[Document], *, password: str, gateway: str, timeout: float
) -> str:
    """Upload every document into the URL's directory; what was written."""
    known_hosts: object = None if config.tls_insecure else (config.tls_ca or ())
    options = {
        "username": config.username or None,
        "password": password or None,
        "client_keys": [config.tls_key] if config.tls_key else (),
        "known_hosts": known_hosts,
        "connect_timeout": timeout,
    }
    if not config.tls_ca and not config.tls_insecure:
        options.pop("known_hosts")  # asyncssh's default: ~/.ssh/known_hosts
    written = 0
    try:
        async with (
            asyncssh.connect(config.host, config.port, **options) as connection,
            connection.start_sftp_client() as sftp,
        ):
            directory = config.path or "."
            await sftp.makedirs(directory, exist_ok=True)
            for doc in documents:
                final = posixpath.join(directory, doc.filename)
                partial = posixpath.join(directory, f".{doc.filename}.part")
                async with sftp.open(partial, "wb") as handle:
                    await handle.write(doc.body)
                await sftp.posix_rename(partial, final)
                written += len(doc.body)
    except asyncssh.PermissionDenied as exc:
        raise AuthError(f"SFTP {config.safe_url}: login refused ({exc.reason})") from None
    except (TimeoutError, asyncssh.Error, OSError) as exc:
        raise TransportError(f"SFTP {config.safe_url}: {type(exc).__name__}: {exc}") from None
    return f"SFTP: {len(documents)} file(s), {written} bytes written to /{config.path}"
