"""Login lockout: 5 failures in a row lock logins for a back-off that doubles; kept across restarts."""

from __future__ import annotations

from pathlib import Path

from app.atomic import read_json, write_json
from app.errors import ConfigFileError

MAX_FAILURES = 5
BASE_LOCK_SECONDS = 30.0
MAX_LOCK_SECONDS = 3600.0


class LoginGuard:
    """Counts failed logins and says how long logins stay refused; time is passed in."""

    def __init__(self, path: Path, *, base: float = BASE_LOCK_SECONDS) -> None:
        self.path = path
        self.base = base
        try:
            state = read_json(path) if path.exists() else {}
        except ConfigFileError:
            state = {"lockouts": 1, "failures": 0, "locked_until": 0.0}  # damaged: fail safe, not open
        self.failures = int(state.get("failures", 0))
        self.lockouts = int(state.get("lockouts", 0))
        self.locked_until = float(state.get("locked_until", 0.0))

    def retry_after(self, now: float) -> float:
        """Seconds until a login may be tried again (0 when allowed)."""
        return max(0.0, self.locked_until - now)

    def failed(self, now: float) -> float:
        """Record a failed login; the lock duration it started (0 if none)."""
        self.failures += 1
        duration = 0.0
        # once locked out, every further failure locks again, each time twice as long
        if self.failures >= (MAX_FAILURES if self.lockouts == 0 else 1):
            self.lockouts += 1
            duration = min(self.base * 2 ** (self.lockouts - 1), MAX_LOCK_SECONDS)
            self.locked_until = now + duration
            self.failures = 0
        self._save()
        return duration

    def succeeded(self) -> None:
        """A good login clears the count and the back-off."""
        if self.failures or self.lockouts or self.locked_until:
            self.failures, self.lockouts, self.locked_until = 0, 0, 0.0
            self._save()

    def _save(self) -> None:
        write_json(
            self.path,
            {"failures": self.failures, "lockouts": self.lockouts, "locked_until": self.locked_until},
        )
