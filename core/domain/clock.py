"""Times are stored in UTC and shown in the airport's own zone (zoneinfo + tzdata)."""

from __future__ import annotations

from datetime import UTC, date, datetime, time, timedelta
from zoneinfo import ZoneInfo

from core.errors import ValidationError


def utc_from_local(day: date, at: time, tz: str) -> datetime:
    """A schedule's local wall-clock time on a local date, as an aware UTC datetime.

    fold=0 picks the first of two ambiguous times at a DST change, the usual airline
    reading of a schedule.
    """
    return datetime.combine(day, at, tzinfo=ZoneInfo(tz)).astimezone(UTC)


def local_text(moment: datetime, tz: str) -> str:
    """ "2026-12-01 01:30 +08:00": unambiguous for a clerk at any station."""
    local = moment.astimezone(ZoneInfo(tz))
    offset = local.strftime("%z")
    return f"{local:%Y-%m-%d %H:%M} {offset[:3]}:{offset[3:]}"


def local_date(moment: datetime, tz: str) -> date:
    return moment.astimezone(ZoneInfo(tz)).date()


def parse_date(value: object, field: str) -> date:
    if isinstance(value, date) and not isinstance(value, datetime):
        return value
    if isinstance(value, str):
        try:
            return date.fromisoformat(value.strip())
        except ValueError:
            pass
    raise ValidationError(
        field,
        "date.format",
        f"{field}: expected a date like 2026-12-01 (got {value!r})",
        value=value,
    )


def parse_moment(value: object, field: str, tz: str) -> datetime:
    """An aware datetime, or ISO text read in the station's zone when it has no offset."""
    if isinstance(value, datetime):
        parsed = value
    elif isinstance(value, str):
        try:
            parsed = datetime.fromisoformat(value.strip())
        except ValueError:
            raise ValidationError(
                field,
                "datetime.format",
                f"{field}: expected a time like 2026-12-01T14:30 (got {value!r})",
                value=value,
            ) from None
    else:
        raise ValidationError(field, "datetime.format", f"{field}: expected a date and time")
    if parsed.tzinfo is None:
        parsed = parsed.replace(tzinfo=ZoneInfo(tz))
    return parsed.astimezone(UTC)


def days(start: date, count: int) -> list[date]:
    return [start + timedelta(days=i) for i in range(count)]
