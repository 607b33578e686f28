"""COSEM date, time and date-time (IEC 62056-6-2 §4.1.6.1 / Blue Book 4.1.6.1), kept field by field.

Every field keeps its raw value so that decoding and re-encoding is exact, wildcards included:
0xFF (0xFFFF for the year) means "not specified", month 0xFD/0xFE mean DST end/begin, day 0xFD/0xFE
the second-last/last day of the month. The deviation is signed minutes with 0x8000 = not specified;
the Blue Book counts it from local time to UTC, so Paris in winter (UTC+01:00) is -60: the ISO UTC
offset is minus the deviation (some national companion standards invert this: `utc_deviation=True`).
"""

from __future__ import annotations

import datetime
import enum
from dataclasses import dataclass

from app.errors import DecodeError, LocalProtocolError

NOT_SPECIFIED = 0xFF
YEAR_NOT_SPECIFIED = 0xFFFF
DEVIATION_NOT_SPECIFIED = -0x8000
DST_END = 0xFD
DST_BEGIN = 0xFE
SECOND_LAST_DAY = 0xFD
LAST_DAY = 0xFE


class ClockStatus(enum.IntFlag):
    """Clock status bits (Blue Book 4.1.6.1); 0xFF as a whole means "not specified"."""

    OK = 0x00
    INVALID_VALUE = 0x01
    DOUBTFUL_VALUE = 0x02
    DIFFERENT_CLOCK_BASE = 0x04
    INVALID_CLOCK_STATUS = 0x08
    DAYLIGHT_SAVING_ACTIVE = 0x80


def _check(name: str, value: int, low: int, high: int) -> None:
    if not low <= value <= high:
        raise LocalProtocolError(f"{name} {value} out of range {low}..{high}")


@dataclass(frozen=True, kw_only=True, slots=True)
class CosemDate:
    """A COSEM date (5 bytes): year, month, day of month, day of week (1 = Monday)."""

    year: int = YEAR_NOT_SPECIFIED
    month: int = NOT_SPECIFIED
    day: int = NOT_SPECIFIED
    day_of_week: int = NOT_SPECIFIED

    SIZE = 5

    def to_bytes(self) -> bytes:
        """The 5 octets."""
        _check("year", self.year, 0, 0xFFFF)
        for name in ("month", "day", "day_of_week"):
            _check(name, getattr(self, name), 0, 0xFF)
        return self.year.to_bytes(2, "big") + bytes((self.month, self.day, self.day_of_week))

    @classmethod
    def from_bytes(cls, raw: bytes) -> CosemDate:
        """Decode exactly 5 octets."""
        if len(raw) != cls.SIZE:
            raise DecodeError(f"a COSEM date has 5 octets, not {len(raw)}")
        return cls(year=int.from_bytes(raw[0:2], "big"), month=raw[2], day=raw[3], day_of_week=raw[4])

    @classmethod
    def from_date(cls, value: datetime.date, *, day_of_week: bool = True) -> CosemDate:
        """A fully specified date (day of week filled unless told otherwise)."""
        return cls(
            year=value.year,
            month=value.month,
            day=value.day,
            day_of_week=value.isoweekday() if day_of_week else NOT_SPECIFIED,
        )

    @property
    def is_specified(self) -> bool:
        """True when year, month and day are plain values (no wildcard, no DST or last-day marker)."""
        return self.year != YEAR_NOT_SPECIFIED and 1 <= self.month <= 12 and 1 <= self.day <= 31

    def to_date(self) -> datetime.date | None:
        """The calendar date, None when a field is a wildcard; DecodeError for an impossible date."""
        if not self.is_specified:
            return None
        try:
            return datetime.date(self.year, self.month, self.day)
        except ValueError as exc:
            raise DecodeError(f"impossible COSEM date {self.year}-{self.month}-{self.day}") from exc

    def isoformat(self) -> str:
        """ISO 8601 date, with `*` standing for unspecified parts (e.g. `*-12-25`)."""
        year = "*" if self.year == YEAR_NOT_SPECIFIED else f"{self.year:04d}"
        month = "*" if self.month == NOT_SPECIFIED else f"{self.month:02d}"
        day = "*" if self.day == NOT_SPECIFIED else f"{self.day:02d}"
        return f"{year}-{month}-{day}"


@dataclass(frozen=True, kw_only=True, slots=True)
class CosemTime:
    """A COSEM time (4 bytes): hour, minute, second, hundredths."""

    hour: int = NOT_SPECIFIED
    minute: int = NOT_SPECIFIED
    second: int = NOT_SPECIFIED
    hundredths: int = NOT_SPECIFIED

    SIZE = 4

    def to_bytes(self) -> bytes:
        """The 4 octets."""
        for name in ("hour", "minute", "second", "hundredths"):
            _check(name, getattr(self, name), 0, 0xFF)
        return bytes((self.hour, self.minute, self.second, self.hundredths))

    @classmethod
    def from_bytes(cls, raw: bytes) -> CosemTime:
        """Decode exactly 4 octets."""
        if len(raw) != cls.SIZE:
            raise DecodeError(f"a COSEM time has 4 octets, not {len(raw)}")
        return cls(hour=raw[0], minute=raw[1], second=raw[2], hundredths=raw[3])

    @classmethod
    def from_time(cls, value: datetime.time) -> CosemTime:
        """A fully specified time of day (hundredths from microseconds, truncated)."""
        return cls(
            hour=value.hour, minute=value.minute, second=value.second, hundredths=value.microsecond // 10_000
        )

    @property
    def is_specified(self) -> bool:
        """True when hour, minute and second are given (hundredths may be a wildcard)."""
        return NOT_SPECIFIED not in (self.hour, self.minute, self.second)

    def to_time(self) -> datetime.time | None:
        """The time of day (unspecified hundredths read as 0), None when a field is a wildcard."""
        if not self.is_specified:
            return None
        hundredths = 0 if self.hundredths == NOT_SPECIFIED else self.hundredths
        try:
            return datetime.time(self.hour, self.minute, self.second, hundredths * 10_000)
        except ValueError as exc:
            raise DecodeError(f"impossible COSEM time {self.to_bytes().hex()}") from exc

    def isoformat(self) -> str:
        """ISO 8601 time, `*` for unspecified parts, hundredths as `.NN` when given."""
        parts = ["*" if v == NOT_SPECIFIED else f"{v:02d}" for v in (self.hour, self.minute, self.second)]
        text = ":".join(parts)
        if self.hundredths != NOT_SPECIFIED:
            text += f".{self.hundredths:02d}"
        return text


@dataclass(frozen=True, kw_only=True, slots=True)
class CosemDateTime:
    """A COSEM date-time (12 bytes): date, time, deviation in minutes, clock status."""

    year: int = YEAR_NOT_SPECIFIED
    month: int = NOT_SPECIFIED
    day: int = NOT_SPECIFIED
    day_of_week: int = NOT_SPECIFIED
    hour: int = NOT_SPECIFIED
    minute: int = NOT_SPECIFIED
    second: int = NOT_SPECIFIED
    hundredths: int = NOT_SPECIFIED
    deviation: int = DEVIATION_NOT_SPECIFIED
    clock_status: int = NOT_SPECIFIED

    SIZE = 12

    @property
    def date(self) -> CosemDate:
        """The date part."""
        return CosemDate(year=self.year, month=self.month, day=self.day, day_of_week=self.day_of_week)

    @property
    def time(self) -> CosemTime:
        """The time part."""
        return CosemTime(hour=self.hour, minute=self.minute, second=self.second, hundredths=self.hundredths)

    @property
    def status(self) -> ClockStatus | None:
        """The clock status bits, None when not specified (0xFF)."""
        return None if self.clock_status == NOT_SPECIFIED else ClockStatus(self.clock_status)

    def utc_offset(self, *, utc_deviation: bool = False) -> datetime.timedelta | None:
        """The ISO offset from UTC, None when the deviation is not specified."""
        if self.deviation == DEVIATION_NOT_SPECIFIED:
            return None
        minutes = self.deviation if utc_deviation else -self.deviation
        return datetime.timedelta(minutes=minutes)

    def to_bytes(self) -> bytes:
        """The 12 octets."""
        _check("deviation", self.deviation, -0x8000, 0x7FFF)
        _check("clock status", self.clock_status, 0, 0xFF)
        return (
            self.date.to_bytes()
            + self.time.to_bytes()
            + self.deviation.to_bytes(2, "big", signed=True)
            + bytes((self.clock_status,))
        )

    @classmethod
    def from_bytes(cls, raw: bytes) -> CosemDateTime:
        """Decode exactly 12 octets."""
        if len(raw) != cls.SIZE:
            raise DecodeError(f"a COSEM date-time has 12 octets, not {len(raw)}")
        return cls(
            year=int.from_bytes(raw[0:2], "big"),
            month=raw[2],
            day=raw[3],
            day_of_week=raw[4],
            hour=raw[5],
            minute=raw[6],
            second=raw[7],
            hundredths=raw[8],
            deviation=int.from_bytes(raw[9:11], "big", signed=True),
            clock_status=raw[11],
        )

    @classmethod
    def from_datetime(
        cls,
        value: datetime.datetime,
        *,
        day_of_week: bool = True,
        hundredths: bool = True,
        clock_status: int | ClockStatus = ClockStatus.OK,
        utc_deviation: bool = False,
    ) -> CosemDateTime:
        """From a Python datetime: aware ones carry their deviation, naive ones leave it unspecified."""
        offset = value.utcoffset()
        deviation = DEVIATION_NOT_SPECIFIED
        if offset is not None:
            minutes = int(offset.total_seconds()) // 60
            deviation = minutes if utc_deviation else -minutes
        return cls(
            year=value.year,
            month=value.month,
            day=value.day,
            day_of_week=value.isoweekday() if day_of_week else NOT_SPECIFIED,
            hour=value.hour,
            minute=value.minute,
            second=value.second,
            hundredths=value.microsecond // 10_000 if hundredths else NOT_SPECIFIED,
            deviation=deviation,
            clock_status=int(clock_status),
        )

    @property
    def is_specified(self) -> bool:
        """True when the date and the time (to the second) are plain values."""
        return self.date.is_specified and self.time.is_specified

    def to_datetime(self, *, utc_deviation: bool = False) -> datetime.datetime | None:
        """Aware when the deviation is given, naive otherwise; None when a field is a wildcard."""
        date = self.date.to_date()
        time = self.time.to_time()
        if date is None or time is None:
            return None
        offset = self.utc_offset(utc_deviation=utc_deviation)
        tz = None
        if offset is not None:
            if abs(offset) >= datetime.timedelta(hours=24):
                raise DecodeError(f"deviation of {self.deviation} minutes is out of range")
            tz = datetime.timezone(offset)
        return datetime.datetime.combine(date, time, tzinfo=tz)

    def isoformat(self, *, utc_deviation: bool = False) -> str:
        """ISO 8601 text: the exact instant when fully specified, else a pattern with `*` wildcards."""
        value = self.to_datetime(utc_deviation=utc_deviation) if self.is_specified else None
        if value is not None:
            return value.isoformat()
        text = f"{self.date.isoformat()}T{self.time.isoformat()}"
        offset = self.utc_offset(utc_deviation=utc_deviation)
        if offset is not None:
            minutes = int(offset.total_seconds()) // 60
            sign = "-" if minutes < 0 else "+"
            text += f"{sign}{abs(minutes) // 60:02d}:{abs(minutes) % 60:02d}"
        return text
