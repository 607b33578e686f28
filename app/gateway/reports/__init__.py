"""Push reports: formats (MUC.one JSON/XML, CMe3100-style CSV, gwterm JSON), transports, queue, service."""

from app.gateway.reports.config import ReportConfig, report_config, report_configs
from app.gateway.reports.queue import QueueStatus, ReportQueue
from app.gateway.reports.service import ReportService

__all__ = ["QueueStatus", "ReportConfig", "ReportQueue", "ReportService", "report_config", "report_configs"]
