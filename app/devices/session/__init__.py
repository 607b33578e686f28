"""Sessions with devices: the only place that owns timeouts, retries and locks (one module per protocol)."""

from app.devices.session.gwcp import GwcpSession, Progress, SessionOptions

__all__ = ["GwcpSession", "Progress", "SessionOptions"]
