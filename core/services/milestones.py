"""Shipment milestones (DOMAIN: BKD RCS MAN DEP ARR RCF NFD DLV) with time and station."""

from __future__ import annotations

from datetime import datetime, timedelta

from core.db.base import utc_now
from core.db.models import Airport, Milestone
from core.domain.clock import parse_moment
from core.domain.text import clean_optional, iata_airport
from core.errors import InvalidState, NotFound, ValidationError
from core.services.booking_views import booking_view, find_booking
from core.services.changes import Entity, Outcome
from core.services.uow import UnitOfWork
from core.services.views import BookingView

CLOCK_SKEW = timedelta(minutes=10)
SEQUENCE = ("BKD", "RCS", "MAN", "DEP", "ARR", "RCF", "NFD", "DLV")


def add_milestone(
    uow: UnitOfWork,
    *,
    booking: str,
    code: str,
    station: str | None = None,
    occurred_at: str | datetime | None = None,
    note: str | None = None,
) -> Outcome[BookingView]:
    """Record a milestone; the station defaults to where the cargo should be at that step.

    A milestone may repeat its predecessor (a second part arrives) but not go back: a
    correction is a new booking event, not a rewrite of history.
    """
    milestone_code = _code(code)
    text = clean_optional(note, "note", max_len=200)
    with uow:
        session = uow.session
        consignment = find_booking(session, booking)
        if consignment.status != "booked":
            raise InvalidState(
                "booking.cancelled",
                f"booking {consignment.booking_ref} is cancelled",
                field="booking",
                booking=consignment.booking_ref,
            )
        _check_order(consignment.milestone, milestone_code)
        _check_space(milestone_code, consignment.space_status)
        where = (
            iata_airport(station, "station")
            if station
            else _default_station(milestone_code, consignment.origin, consignment.destination)
        )
        airport = session.get(Airport, where)
        if airport is None:
            raise NotFound("airport", where, field="station")
        moment = parse_moment(occurred_at, "occurred_at", airport.tz) if occurred_at else utc_now()
        _check_time(moment, consignment.milestones[-1].occurred_at)
        consignment.milestones.append(
            Milestone(
                code=milestone_code,
                station=where,
                occurred_at=moment,
                recorded_at=utc_now(),
                note=text,
            )
        )
        consignment.milestone, consignment.updated_at = milestone_code, utc_now()
        session.flush()
        view = booking_view(session, consignment)
        uow.commit()
        uow.changes.add(Entity.CONSIGNMENT, consignment.id)
        return Outcome(view, uow.changes)


def _code(value: str) -> str:
    code = value.strip().upper()
    if code not in SEQUENCE:
        raise ValidationError(
            "code",
            "milestone.unknown",
            f"code: expected one of {' '.join(SEQUENCE)} (got {value!r})",
            value=value,
            choices=" ".join(SEQUENCE),
        )
    return code


def _check_order(latest: str, wanted: str) -> None:
    if SEQUENCE.index(wanted) < SEQUENCE.index(latest):
        raise InvalidState(
            "milestone.order",
            f"code: {wanted} cannot follow {latest}",
            field="code",
            milestone=wanted,
            latest=latest,
        )


def _check_space(code: str, space_status: str) -> None:
    """DOMAIN, Space: only confirmed space may be manifested, so nothing after MAN either."""
    if SEQUENCE.index(code) >= SEQUENCE.index("MAN") and space_status != "confirmed":
        raise InvalidState(
            "milestone.space_unconfirmed",
            f"code: {code} needs space confirmed by the airline (space is {space_status})",
            field="code",
            milestone=code,
            space_status=space_status,
        )


def _check_time(moment: datetime, previous: datetime) -> None:
    """Events are recorded as they happen: not ahead of the clock (a few minutes of skew
    between workstations allowed), and not before the step they follow."""
    if moment > utc_now() + CLOCK_SKEW:
        raise ValidationError(
            "occurred_at",
            "milestone.future",
            "occurred_at: a milestone cannot be recorded ahead of time",
        )
    if moment < previous.replace(second=0, microsecond=0):  # clerks type whole minutes
        raise ValidationError(
            "occurred_at",
            "milestone.before_previous",
            "occurred_at: earlier than the milestone before it",
        )


def _default_station(code: str, origin: str, destination: str) -> str:
    return origin if SEQUENCE.index(code) <= SEQUENCE.index("DEP") else destination
