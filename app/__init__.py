"""gwterm: configure smart-metering gateways, and be one."""

__version__ = "0.1.0"
