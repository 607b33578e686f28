"""MQTT/MQTTS report delivery (aiomqtt): documents published in order; QoS 1/2 wait for the broker's ack."""

from __future__ import annotations

from collections.abc import Sequence

import aiomqtt

from app.errors import AuthError, TransportError
from app.gateway.reports.config import ReportConfig
from app.gateway.reports.model import Document
from app.gateway.reports.tls import tls_context

_ACK = {0: "sent (QoS 0, no acknowledgement)", 1: "PUBACK", 2: "PUBCOMP"}
_NOT_AUTHORISED = (4, 5, 134, 135)  # MQTT 3.1.1 CONNACK 4/5, MQTT 5 reason codes 0x86/0x87


def client_id(config: ReportConfig, gateway: str) -> str:
    """The configured client id, else `gwterm-<gateway>-r<instance>` (stable: the broker sees one client)."""
    return config.mqtt_client_id or f"gwterm-{gateway}-r{config.instance}"


async def send(
    config: ReportConfig, documents: Sequence[Document], *, password: str, gateway: str, timeout: float
) -> str:
    """Connect, publish every document to its topic in order, disconnect; what the broker answered."""
    client = aiomqtt.Client(
        config.host,
        config.port,
        username=config.username or None,
        password=password or None,
        identifier=client_id(config, gateway),
        tls_context=tls_context(config) if config.scheme == "mqtts" else None,
        timeout=timeout,
        keepalive=max(5, int(timeout)),
    )
    try:
        async with client:
            for doc in documents:
                await client.publish(
                    doc.topic, doc.body, qos=config.mqtt_qos, retain=config.mqtt_retain, timeout=timeout
                )
    except aiomqtt.MqttCodeError as exc:
        code = getattr(exc.rc, "value", exc.rc)
        if code in _NOT_AUTHORISED:
            raise AuthError(f"MQTT {config.safe_url}: broker refused the login ({exc})") from None
        raise TransportError(f"MQTT {config.safe_url}: {exc}") from None
    except (TimeoutError, aiomqtt.MqttError, OSError) as exc:
        raise TransportError(f"MQTT {config.safe_url}: {type(exc).__name__}: {exc}") from None
    return f"CONNACK accepted; {len(documents)} × {_ACK[config.mqtt_qos]}"
