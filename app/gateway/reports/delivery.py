"""Delivery by transport name: `send(config, documents, …)` → the server's answer (or an error)."""

from __future__ import annotations

import importlib
from collections.abc import Sequence
from typing import Any

from app.errors import ValidationError
from app.gateway.reports.config import TRANSPORTS, ReportConfig
from app.gateway.reports.model import Document

DEFAULT_TIMEOUT = 30.0


async def send(
    config: ReportConfig,
    documents: Sequence[Document],
    *,
    password: str,
    gateway: str,
    timeout: float = DEFAULT_TIMEOUT,
) -> str:
    """Deliver the documents of one report in order over the instance's transport."""
    if config.transport not in TRANSPORTS:
        raise ValidationError(f"report{config.instance}.transport", f"unknown transport '{config.transport}'")
    module: Any = importlib.import_module(f"app.gateway.reports.{config.transport}")
    answer: str = await module.send(config, documents, password=password, gateway=gateway, timeout=timeout)
    return answer
