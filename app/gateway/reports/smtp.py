"""E-mail report delivery (aiosmtplib): one mail per report, documents attached, Message-ID = the report id.

`smtp://host:587` upgrades with STARTTLS whenever the server offers it (`?starttls=require` makes it
mandatory, `?starttls=off` never); `smtps://host:465` is TLS from the first byte. `?from=` sets the
sender (default: the username if it is an address, else `gwterm-<gateway>@localhost`).
"""

from __future__ import annotations

import email.utils
from collections.abc import Sequence
from email.message import EmailMessage

import aiosmtplib

from app.errors import AuthError, TransportError
from app.gateway.reports.config import ReportConfig
from app.gateway.reports.model import Document
from app.gateway.reports.tls import tls_context


def recipients(config: ReportConfig) -> list[str]:
    """The `mail_to` addresses (separated by commas or semicolons)."""
    return [a.strip() for a in config.mail_to.replace(";", ",").split(",") if a.strip()]


def build_mail(
    config: ReportConfig, documents: Sequence[Document], *, gateway: str, subject: str
) -> EmailMessage:
    """The mail: a short text body and every document as an attachment."""
    mail = EmailMessage()
    sender = config.option.get("from") or (
        config.username if "@" in config.username else f"gwterm-{gateway}@localhost"
    )
    mail["From"] = sender
    mail["To"] = ", ".join(recipients(config))
    mail["Subject"] = subject
    mail["Date"] = email.utils.formatdate(usegmt=True)
    if documents:
        mail["Message-ID"] = f"<{documents[0].message_id}@gwterm>"
        mail["X-Message-Id"] = documents[0].message_id
    mail.set_content(f"{subject}\n\n" + "\n".join(d.filename for d in documents) + "\n")
    for doc in documents:
        main, _, sub = doc.content_type.split(";", 1)[0].partition("/")
        mail.add_attachment(doc.body, maintype=main, subtype=sub or "octet-stream", filename=doc.filename)
    return mail


async def send(
    config: ReportConfig, documents: Sequence[Document], *, password: str, gateway: str, timeout: float
) -> str:
    """Send one mail carrying every document; the server's reply to the message."""
    starttls = config.option.get("starttls", "auto")
    implicit = config.scheme == "smtps"
    client = aiosmtplib.SMTP(
        hostname=config.host,
        port=config.port,
        use_tls=implicit,
        start_tls=None if implicit or starttls == "auto" else starttls == "require",
        tls_context=tls_context(config),
        timeout=timeout,
    )
    subject = f"gwterm report {documents[0].filename}" if documents else "gwterm report"
    mail = build_mail(config, documents, gateway=gateway, subject=subject)
    try:
        async with client:
            if config.username:
                await client.login(config.username, password)
            errors, reply = await client.send_message(mail)
    except aiosmtplib.SMTPAuthenticationError as exc:
        raise AuthError(f"SMTP {config.safe_url}: {exc.code} {exc.message}") from None
    except aiosmtplib.SMTPResponseException as exc:
        raise TransportError(f"SMTP {config.safe_url}: {exc.code} {exc.message}") from None
    except (TimeoutError, aiosmtplib.SMTPException, OSError) as exc:
        raise TransportError(f"SMTP {config.safe_url}: {type(exc).__name__}: {exc}") from None
    if errors:
        refused = ", ".join(f"{a}: {c} {m}" for a, (c, m) in errors.items())
        raise TransportError(f"SMTP {config.safe_url}: recipients refused ({refused})")
    return f"250 {reply}"  # send_message succeeded: the reply to DATA was 250
