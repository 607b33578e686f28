"""The CMe3100 adaptive retry table (manual §6.32.1, Table 9): retries by report period."""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True, kw_only=True)
class RetryPlan:
    """How often a failed report is retried before its values wait for the next report, and how far apart."""

    retries: int
    spacing: float


def adaptive_retries(period: float) -> RetryPlan:
    """Table 9: ≤15 min → 1 retry at once; ≤60 min → 2, 300 s apart; ≤23 h → 3, 500 s apart; else 6 hourly."""
    minutes = period / 60.0
    if minutes <= 15:
        return RetryPlan(retries=1, spacing=0.0)
    if minutes <= 60:
        return RetryPlan(retries=2, spacing=300.0)
    if minutes <= 23 * 60:
        return RetryPlan(retries=3, spacing=500.0)
    return RetryPlan(retries=6, spacing=3600.0)
