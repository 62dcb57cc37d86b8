"""What the booking editor asks of the database, on a worker thread (rule 1 and 6).

The UI thread hands over plain values (``BookingForm``, text); each function here turns
them into core's requests and calls core.services with the opened units of work. core is
imported inside the functions, so the dialog itself loads none of it.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from core.errors import ValidationError
    from core.services.booking_input import BookingRequest
    from core.services.changes import Outcome
    from core.services.invoice_views import InvoiceView
    from core.services.pricing import QuoteView
    from core.services.views import AirportView, BookingView, CustomerView, FlightView
    from gui.data import DataAccess

LOOKUP_LIMIT = 20  # a completer's popup, not a list to scroll


@dataclass(frozen=True)
class LithiumForm:
    packing_instruction: str
    cell_wh: str = ""
    battery_wh: str = ""
    cell_lithium_g: str = ""
    battery_lithium_g: str = ""
    state_of_charge_pct: str = ""


@dataclass(frozen=True)
class BookingForm:
    """The booking dialog's fields as typed (text), with the flight the picker holds."""

    shipper: str = ""
    consignee: str = ""
    origin: str = ""
    destination: str = ""
    flight_id: int | None = None
    carrier: str = ""
    departure: date | None = None  # the flight's local departure date
    pieces: str = ""
    gross_weight_kg: str = ""
    dimensions: str = ""  # "60x40x35x3,120x80x100"
    goods_description: str = ""
    hs_code: str = ""
    shc: str = ""
    security_status: str = "SPX"
    declared_value: str = ""
    declared_currency: str = ""
    payment: str = "PP"
    space_status: str = "requested"
    lithium: LithiumForm | None = None
    client_request_id: str | None = None

    @property
    def payer(self) -> str:
        """Whose agreement prices it: the shipper pays prepaid, the consignee collect."""
        return self.consignee if self.payment == "CC" else self.shipper


def booking_request(form: BookingForm) -> BookingRequest:
    from core.services.booking_input import BookingRequest, LithiumInput

    li = form.lithium
    lithium = None
    if li is not None:
        lithium = LithiumInput(
            li.packing_instruction,
            cell_wh=li.cell_wh or None,
            battery_wh=li.battery_wh or None,
            cell_lithium_g=li.cell_lithium_g or None,
            battery_lithium_g=li.battery_lithium_g or None,
            state_of_charge_pct=li.state_of_charge_pct or None,
        )
    return BookingRequest(
        shipper=form.shipper,
        consignee=form.consignee,
        pieces=form.pieces,
        gross_weight_kg=form.gross_weight_kg,
        goods_description=form.goods_description,
        flight_id=form.flight_id,
        origin=form.origin or None,
        destination=form.destination or None,
        dimensions=form.dimensions or None,
        hs_code=form.hs_code or None,
        shc=form.shc,
        security_status=form.security_status,
        declared_value=form.declared_value or None,
        declared_currency=form.declared_currency or None,
        payment=form.payment,
        space_status=form.space_status,
        lithium=lithium,
        client_request_id=form.client_request_id,
    )


def find_customers(data: DataAccess, text: str) -> list[CustomerView]:
    """By name (Chinese too), account number or city."""
    from core.services.customers import list_customers

    return list_customers(data.units().reading(), text=text, limit=LOOKUP_LIMIT)


def find_airports(data: DataAccess, text: str) -> list[AirportView]:
    """By code, city or name: "liege" finds LGG."""
    from core.services.reference import find_airports as found

    return found(data.units().reading(), text, limit=LOOKUP_LIMIT)


def lane_flights(data: DataAccess, origin: str, destination: str) -> list[FlightView]:
    """The open flights of the lane still to depart, soonest first, with the space left."""
    from core.services.flights import FlightFilter, list_flights

    wanted = FlightFilter(
        origin=origin, destination=destination, include_closed=False, upcoming_only=True
    )
    return list_flights(data.units().reading(), wanted)


def check(form: BookingForm) -> tuple[ValidationError, ...]:
    """Every field at fault by core's rules (no database: the parties and space are
    judged when booking)."""
    from core.services.booking_form import check_booking

    return check_booking(booking_request(form), form.departure)


def quote(data: DataAccess, form: BookingForm) -> QuoteView:
    from core.services.pricing import QuoteRequest
    from core.services.pricing import quote as priced

    request = QuoteRequest(
        origin=form.origin,
        destination=form.destination,
        day=form.departure or date.today(),
        pieces=form.pieces,
        gross_weight_kg=form.gross_weight_kg,
        dimensions=form.dimensions or None,
        hs_code=form.hs_code or None,
        carrier=form.carrier or None,
        customer=form.payer or None,
    )
    return priced(data.units().reading(), request)


def book(data: DataAccess, form: BookingForm) -> Outcome[BookingView]:
    from core.services.booking import book as booked

    return booked(data.units()(), booking_request(form))


def awb_pdf(data: DataAccess, awb: str) -> bytes:
    from core.services.awb_documents import awb_document

    return awb_document(data.units().reading(), awb)


def labels_pdf(data: DataAccess, awb: str) -> bytes:
    from core.services.awb_documents import labels_document

    return labels_document(data.units().reading(), awb)


def issue_invoice(data: DataAccess, awb: str) -> Outcome[InvoiceView]:
    from core.services.invoices import issue_invoice as issued

    return issued(data.units()(), bookings=[awb])


def invoice_pdf(data: DataAccess, number: str) -> bytes:
    from core.services.invoice_views import invoice_pdf as rendered

    return rendered(data.units().reading(), number)


def cancel_booking(data: DataAccess, awb: str, reason: str) -> Outcome[BookingView]:
    from core.services.booking import cancel

    return cancel(data.units()(), booking=awb, reason=reason)
