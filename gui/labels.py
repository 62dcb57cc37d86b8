"""Words for the codes core stores (status, space, milestone, payment), translated.

Core keeps codes ("booked", "DEP", "PP"); the clerk reads words in their language. The
marks below let lupdate find the texts; ``label`` translates at display time, so a
language switch needs no reload. An unknown code is shown as itself.
"""

from __future__ import annotations

from collections.abc import Mapping

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication

CONTEXT = "Labels"

BOOKING_STATUS = {
    "booked": QT_TRANSLATE_NOOP("Labels", "Booked"),
    "cancelled": QT_TRANSLATE_NOOP("Labels", "Cancelled"),
}
# IATA Cargo-IMP status codes, in the order a consignment passes them.
MILESTONES = {
    "BKD": QT_TRANSLATE_NOOP("Labels", "Booked"),
    "RCS": QT_TRANSLATE_NOOP("Labels", "Received from shipper"),
    "MAN": QT_TRANSLATE_NOOP("Labels", "Manifested"),
    "DEP": QT_TRANSLATE_NOOP("Labels", "Departed"),
    "ARR": QT_TRANSLATE_NOOP("Labels", "Arrived"),
    "RCF": QT_TRANSLATE_NOOP("Labels", "Received from flight"),
    "NFD": QT_TRANSLATE_NOOP("Labels", "Consignee notified"),
    "DLV": QT_TRANSLATE_NOOP("Labels", "Delivered"),
}
SPACE = {
    "requested": QT_TRANSLATE_NOOP("Labels", "Requested"),
    "confirmed": QT_TRANSLATE_NOOP("Labels", "Confirmed"),
    "waitlisted": QT_TRANSLATE_NOOP("Labels", "Waitlisted"),
    "refused": QT_TRANSLATE_NOOP("Labels", "Refused"),
}
PAYMENT = {
    "PP": QT_TRANSLATE_NOOP("Labels", "Prepaid (PP)"),
    "CC": QT_TRANSLATE_NOOP("Labels", "Collect (CC)"),
}
SECURITY = {
    "SPX": QT_TRANSLATE_NOOP("Labels", "Secure for passenger and cargo aircraft (SPX)"),
    "SCO": QT_TRANSLATE_NOOP("Labels", "Secure for cargo aircraft only (SCO)"),
    "NSC": QT_TRANSLATE_NOOP("Labels", "Not secured (NSC)"),
}


def label(table: Mapping[str, object], code: str) -> str:
    """The clerk's word for ``code`` in the current language; the code itself if unknown."""
    text = table.get(code)
    return code if text is None else QCoreApplication.translate(CONTEXT, str(text))


def booking_state(status: str, milestone: str) -> str:
    """One word for a booking's state: a cancelled booking says so; a live one names the
    last milestone it reached."""
    if status != "booked":
        return label(BOOKING_STATUS, status)
    return label(MILESTONES, milestone)
