"""Every problem of a booking form at once, by core's own rules (the booking dialog's
live check).

``clean_booking`` stops at the first field at fault, which is right for the CLI and for
``book``; a form the clerk is still filling needs each field judged on its own. Each
group of fields is put into a request known to be valid and cleaned by ``clean_booking``
itself, so the form can never drift from the rules a booking is held to.
"""

from __future__ import annotations

from dataclasses import replace
from datetime import date

from core.domain.lithium import check_lithium, shc_consistent
from core.errors import ValidationError
from core.services.booking_input import BookingRequest, clean_booking

# Valid in every field; a group of the clerk's fields replaces its own part of it.
_SAMPLE = BookingRequest(
    shipper="SAMPLE",
    consignee="SAMPLE",
    pieces=1,
    gross_weight_kg="1",
    goods_description="sample",
    flight_id=1,
    volume_m3="1",
)

# Fields judged together, because one rule reads them together (dimension lines count
# the booking's pieces; a declared value needs its currency).
GROUPS: tuple[tuple[str, ...], ...] = (
    ("shipper",),
    ("consignee",),
    ("flight_id", "flight_number", "flight_date", "origin", "destination"),
    ("pieces",),
    ("gross_weight_kg",),
    ("pieces", "dimensions", "volume_m3"),
    ("goods_description",),
    ("hs_code",),
    ("shc",),
    ("security_status",),
    ("declared_value", "declared_currency"),
    ("payment",),
    ("space_status",),
    ("lithium",),
    ("client_request_id",),
)


def check_booking(
    request: BookingRequest, departure: date | None = None
) -> tuple[ValidationError, ...]:
    """The first problem of each field, in form order; empty when ``book`` would accept
    the input (capacity, parties and stock are the database's to judge).

    ``departure``, the flight's local departure date when known, also checks the lithium
    declaration against the handling codes by the rules in force that day.
    """
    problems: dict[str, ValidationError] = {}
    for group in GROUPS:
        try:
            clean_booking(replace(_SAMPLE, **{name: getattr(request, name) for name in group}))
        except ValidationError as error:
            problems.setdefault(error.field or group[0], error)
    if not problems:
        _check_together(request, departure, problems)
    return tuple(problems.values())


def _check_together(
    request: BookingRequest, departure: date | None, problems: dict[str, ValidationError]
) -> None:
    """What ``book`` checks across fields once each is clean: lithium against the SHCs."""
    data = clean_booking(request)
    try:
        if data.lithium is not None and departure is not None:
            check_lithium(data.lithium, data.shc, departure)
        shc_consistent(data.shc, data.lithium)
    except ValidationError as error:
        problems.setdefault(error.field or "shc", error)
