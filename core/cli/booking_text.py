"""How a booking reads on a terminal: the short answer to `book`, the full `show`, lists."""

from __future__ import annotations

from core.cli.output import Column, kg, labelled, m3, table
from core.services.views import BookingView, ConsignmentRow, CustomerView, FlightView

PARTY_COLUMNS = 24


def flight_line(f: FlightView) -> str:
    return f"{flight_label(f)} {f.origin}-{f.destination}, departs {f.departs_local}"


def flight_label(f: FlightView) -> str:
    return f"{f.flight_number} {f.departure_date}"


def _state(b: BookingView) -> str:
    return f"cancelled: {b.cancel_reason}" if b.status == "cancelled" else b.status


def space_left(f: FlightView) -> str:
    return f"{kg(f.remaining_weight_kg)}, {m3(f.remaining_volume_m3)}"


def summary(b: BookingView) -> str:
    """The answer to book, rebook, space, status and cancel: what the clerk acts on next."""
    return labelled(
        [
            ("booking", b.booking_ref),
            ("AWB", b.awb_number),
            ("status", f"{_state(b)}, space {b.space_status}, milestone {b.milestone}"),
            ("flight", flight_line(b.flight)),
            ("pieces", str(b.pieces)),
            ("gross", kg(b.gross_weight_kg)),
            ("volume", m3(b.volume_m3)),
            ("chargeable", kg(b.chargeable_weight_kg)),
            ("left on flight", space_left(b.flight)),
        ]
    )


def _party(c: CustomerView) -> str:
    return f"{c.account_number}  {c.name}, {c.city}, {c.country}"


def detail(b: BookingView) -> str:
    parts = [_head(b), _dimensions(b)]
    if b.lithium is not None:
        li = b.lithium
        ratings = [
            ("cell", li.cell_wh, "Wh"),
            ("battery", li.battery_wh, "Wh"),
            ("cell lithium", li.cell_lithium_g, "g"),
            ("battery lithium", li.battery_lithium_g, "g"),
            ("state of charge", li.state_of_charge_pct, "%"),
        ]
        block = [("packing", li.packing_instruction)]
        block += [(name, f"{value} {unit}") for name, value, unit in ratings if value is not None]
        block.append(("statement", li.statement))
        parts.append("lithium batteries\n" + labelled(block))
    parts.append(_milestones(b))
    return "\n\n".join(part for part in parts if part)


def _head(b: BookingView) -> str:
    return labelled(
        [
            ("booking", b.booking_ref),
            ("AWB", b.awb_number),
            ("status", _state(b)),
            ("space", b.space_status),
            ("milestone", b.milestone),
            ("shipper", _party(b.shipper)),
            ("consignee", _party(b.consignee)),
            ("route", f"{b.origin}-{b.destination}"),
            ("flight", flight_line(b.flight)),
            ("arrives", b.flight.arrives_local),
            ("pieces", str(b.pieces)),
            ("gross", kg(b.gross_weight_kg)),
            ("volume", m3(b.volume_m3)),
            ("chargeable", kg(b.chargeable_weight_kg)),
            ("goods", b.goods_description),
            ("HS code", b.hs_code),
            ("SHC", " ".join(b.shc)),
            ("security", b.security_status),
            ("declared value", b.declared_value),
            ("payment", b.payment),
            ("request id", b.client_request_id),
            ("created (UTC)", b.created_at_utc.isoformat(timespec="seconds")),
        ]
    )


def _dimensions(b: BookingView) -> str:
    if not b.dimensions:
        return ""
    columns = [Column(h, "right") for h in ("L CM", "W CM", "H CM", "PIECES")]
    rows = [
        [str(d.length_cm), str(d.width_cm), str(d.height_cm), str(d.pieces)] for d in b.dimensions
    ]
    return "dimensions\n" + table(columns, rows)


def _milestones(b: BookingView) -> str:
    columns = [Column("CODE"), Column("STATION"), Column("LOCAL TIME"), Column("NOTE")]
    rows = [[m.code, m.station, m.occurred_local, m.note or ""] for m in b.milestones]
    return "milestones\n" + table(columns, rows)


def rows_table(rows: list[ConsignmentRow]) -> str:
    columns = [
        Column("AWB"),
        Column("BOOKING"),
        Column("SHIPPER", max_width=PARTY_COLUMNS),
        Column("CONSIGNEE", max_width=PARTY_COLUMNS),
        Column("ROUTE"),
        Column("FLIGHT"),
        Column("DATE"),
        Column("PCS", "right"),
        Column("GROSS KG", "right"),
        Column("CHG KG", "right"),
        Column("STATUS"),
        Column("SPACE"),
        Column("MS"),
    ]
    cells = [
        [
            r.awb_number,
            r.booking_ref,
            r.shipper,
            r.consignee,
            f"{r.origin}-{r.destination}",
            r.flight_number,
            r.departure_date.isoformat(),
            str(r.pieces),
            str(r.gross_weight_kg),
            str(r.chargeable_weight_kg),
            r.status,
            r.space_status,
            r.milestone,
        ]
        for r in rows
    ]
    return table(columns, cells) if cells else "no bookings match"
