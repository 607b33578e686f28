"""TLS for report transports: the instance's CA file, client certificate and key, and the insecure switch."""

from __future__ import annotations

import ssl

from app.errors import ValidationError
from app.gateway.reports.config import ReportConfig


def tls_context(config: ReportConfig) -> ssl.SSLContext:
    """A client context: system CAs or `tls_ca`, optional client cert/key; `tls_insecure` skips all checks."""
    where = f"report{config.instance}"
    try:
        context = ssl.create_default_context(cafile=config.tls_ca or None)
    except (OSError, ssl.SSLError) as exc:
        raise ValidationError(f"{where}.tls_ca", f"cannot load CA file ({exc})") from None
    if config.tls_cert:
        try:
            context.load_cert_chain(config.tls_cert, config.tls_key or None)
        except (OSError, ssl.SSLError) as exc:
            raise ValidationError(f"{where}.tls_cert", f"cannot load client certificate ({exc})") from None
    if config.tls_insecure:
        context.check_hostname = False
        context.verify_mode = ssl.CERT_NONE
    return context
