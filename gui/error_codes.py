"""Every error code core raises, for lupdate: the clerk reads errors in their language.

gui.errors translates a FreightDeskError by its code in the context "errors"; the Chinese
template uses the error's params as {placeholders}. tests/gui/test_error_codes.py fails
when core raises a code that is missing here, so a new error cannot go untranslated.
"""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP

# Records that are not there
NOT_FOUND = (
    QT_TRANSLATE_NOOP("errors", "aircraft_type.not_found"),
    QT_TRANSLATE_NOOP("errors", "airport.not_found"),
    QT_TRANSLATE_NOOP("errors", "awb_stock.not_found"),
    QT_TRANSLATE_NOOP("errors", "booking.not_found"),
    QT_TRANSLATE_NOOP("errors", "carrier.not_found"),
    QT_TRANSLATE_NOOP("errors", "consolidation.not_found"),
    QT_TRANSLATE_NOOP("errors", "customer.not_found"),
    QT_TRANSLATE_NOOP("errors", "flight.not_found"),
    QT_TRANSLATE_NOOP("errors", "house.not_found"),
    QT_TRANSLATE_NOOP("errors", "invoice.not_found"),
    QT_TRANSLATE_NOOP("errors", "invoice_document.not_found"),
    QT_TRANSLATE_NOOP("errors", "route.not_found"),
    QT_TRANSLATE_NOOP("errors", "tariff.not_found"),
)

# Flights, routes and capacity
FLIGHTS_ROUTES_CAPACITY = (
    QT_TRANSLATE_NOOP("errors", "allotment.share_out_of_range"),
    QT_TRANSLATE_NOOP("errors", "flight.allotment_below_booked"),
    QT_TRANSLATE_NOOP("errors", "flight.cancelled"),
    QT_TRANSLATE_NOOP("errors", "flight.capacity"),
    QT_TRANSLATE_NOOP("errors", "flight.closed"),
    QT_TRANSLATE_NOOP("errors", "flight.date_required"),
    QT_TRANSLATE_NOOP("errors", "flight.departed"),
    QT_TRANSLATE_NOOP("errors", "flight.key"),
    QT_TRANSLATE_NOOP("errors", "flight.lane"),
    QT_TRANSLATE_NOOP("errors", "flight.required"),
    QT_TRANSLATE_NOOP("errors", "route.day_offset"),
    QT_TRANSLATE_NOOP("errors", "route.flight_carrier"),
    QT_TRANSLATE_NOOP("errors", "route.same_airport"),
    QT_TRANSLATE_NOOP("errors", "route.share"),
)

# Bookings, customers and milestones
BOOKINGS_MILESTONES = (
    QT_TRANSLATE_NOOP("errors", "booking.cancelled"),
    QT_TRANSLATE_NOOP("errors", "booking.request_reused"),
    QT_TRANSLATE_NOOP("errors", "cli.required"),
    QT_TRANSLATE_NOOP("errors", "customer.account_fixed"),
    QT_TRANSLATE_NOOP("errors", "customer.duplicate_account"),
    QT_TRANSLATE_NOOP("errors", "dimensions.pieces_mismatch"),
    QT_TRANSLATE_NOOP("errors", "milestone.before_previous"),
    QT_TRANSLATE_NOOP("errors", "milestone.future"),
    QT_TRANSLATE_NOOP("errors", "milestone.order"),
    QT_TRANSLATE_NOOP("errors", "milestone.space_unconfirmed"),
    QT_TRANSLATE_NOOP("errors", "milestone.unknown"),
    QT_TRANSLATE_NOOP("errors", "payment.unknown"),
    QT_TRANSLATE_NOOP("errors", "rebook.same_flight"),
    QT_TRANSLATE_NOOP("errors", "sort.unknown"),
    QT_TRANSLATE_NOOP("errors", "space_status.unknown"),
    QT_TRANSLATE_NOOP("errors", "volume.range"),
    QT_TRANSLATE_NOOP("errors", "volume.required"),
)

# AWB numbers and stock
AWB_NUMBERS_STOCK = (
    QT_TRANSLATE_NOOP("errors", "awb.already_voided"),
    QT_TRANSLATE_NOOP("errors", "awb.cancelled"),
    QT_TRANSLATE_NOOP("errors", "awb.check_digit"),
    QT_TRANSLATE_NOOP("errors", "awb.copies"),
    QT_TRANSLATE_NOOP("errors", "awb.currency"),
    QT_TRANSLATE_NOOP("errors", "awb.format"),
    QT_TRANSLATE_NOOP("errors", "awb.in_use"),
    QT_TRANSLATE_NOOP("errors", "awb.prefix_format"),
    QT_TRANSLATE_NOOP("errors", "awb.serial_range"),
    QT_TRANSLATE_NOOP("errors", "carrier.prefix_taken"),
    QT_TRANSLATE_NOOP("errors", "serial.format"),
    QT_TRANSLATE_NOOP("errors", "stock.exhausted"),
    QT_TRANSLATE_NOOP("errors", "stock.order"),
    QT_TRANSLATE_NOOP("errors", "stock.overlap"),
    QT_TRANSLATE_NOOP("errors", "stock.threshold"),
)

# Weights, pieces and dimensions
WEIGHTS_PIECES_DIMENSIONS = (
    QT_TRANSLATE_NOOP("errors", "bubble_share.out_of_range"),
    QT_TRANSLATE_NOOP("errors", "dimension.empty"),
    QT_TRANSLATE_NOOP("errors", "dimension.format"),
    QT_TRANSLATE_NOOP("errors", "dimension.not_a_number"),
    QT_TRANSLATE_NOOP("errors", "dimension.not_positive"),
    QT_TRANSLATE_NOOP("errors", "dimension.too_large"),
    QT_TRANSLATE_NOOP("errors", "pieces.not_an_integer"),
    QT_TRANSLATE_NOOP("errors", "pieces.not_positive"),
    QT_TRANSLATE_NOOP("errors", "pieces.range"),
    QT_TRANSLATE_NOOP("errors", "pieces.too_many"),
    QT_TRANSLATE_NOOP("errors", "weight.not_a_number"),
    QT_TRANSLATE_NOOP("errors", "weight.not_positive"),
    QT_TRANSLATE_NOOP("errors", "weight.precision"),
    QT_TRANSLATE_NOOP("errors", "weight.too_large"),
)

# Money, rates and charges
MONEY_RATES_CHARGES = (
    QT_TRANSLATE_NOOP("errors", "charge.ambiguous"),
    QT_TRANSLATE_NOOP("errors", "charge.basis"),
    QT_TRANSLATE_NOOP("errors", "charge.code"),
    QT_TRANSLATE_NOOP("errors", "charge.currency_mismatch"),
    QT_TRANSLATE_NOOP("errors", "charge.due"),
    QT_TRANSLATE_NOOP("errors", "charge.limits"),
    QT_TRANSLATE_NOOP("errors", "charge.quantity"),
    QT_TRANSLATE_NOOP("errors", "currency.required"),
    QT_TRANSLATE_NOOP("errors", "currency.unknown"),
    QT_TRANSLATE_NOOP("errors", "fx.missing"),
    QT_TRANSLATE_NOOP("errors", "fx.pair_mismatch"),
    QT_TRANSLATE_NOOP("errors", "fx.too_fine"),
    QT_TRANSLATE_NOOP("errors", "money.negative"),
    QT_TRANSLATE_NOOP("errors", "money.not_a_number"),
    QT_TRANSLATE_NOOP("errors", "money.not_positive"),
    QT_TRANSLATE_NOOP("errors", "money.precision"),
    QT_TRANSLATE_NOOP("errors", "money.too_large"),
    QT_TRANSLATE_NOOP("errors", "percent.range"),
    QT_TRANSLATE_NOOP("errors", "rate.not_a_number"),
    QT_TRANSLATE_NOOP("errors", "rate.not_positive"),
    QT_TRANSLATE_NOOP("errors", "rate.precision"),
    QT_TRANSLATE_NOOP("errors", "tariff.break_unknown"),
    QT_TRANSLATE_NOOP("errors", "tariff.commodity_code"),
    QT_TRANSLATE_NOOP("errors", "tax_rate.code"),
    QT_TRANSLATE_NOOP("errors", "tax_rate.range"),
)

# Invoices, credit notes and payments
INVOICES_CREDIT_NOTES_PAYMENTS = (
    QT_TRANSLATE_NOOP("errors", "credit.already_credited"),
    QT_TRANSLATE_NOOP("errors", "credit.before_invoice"),
    QT_TRANSLATE_NOOP("errors", "credit.no_lines"),
    QT_TRANSLATE_NOOP("errors", "credit.unknown_line"),
    QT_TRANSLATE_NOOP("errors", "date.format"),
    QT_TRANSLATE_NOOP("errors", "date.order"),
    QT_TRANSLATE_NOOP("errors", "days.range"),
    QT_TRANSLATE_NOOP("errors", "export.format"),
    QT_TRANSLATE_NOOP("errors", "invoice.already_billed"),
    QT_TRANSLATE_NOOP("errors", "invoice.credit_of_credit"),
    QT_TRANSLATE_NOOP("errors", "invoice.currency_mismatch"),
    QT_TRANSLATE_NOOP("errors", "invoice.document_damaged"),
    QT_TRANSLATE_NOOP("errors", "invoice.fully_credited"),
    QT_TRANSLATE_NOOP("errors", "invoice.kind"),
    QT_TRANSLATE_NOOP("errors", "invoice.mixed_currencies"),
    QT_TRANSLATE_NOOP("errors", "invoice.mixed_customers"),
    QT_TRANSLATE_NOOP("errors", "invoice.no_bookings"),
    QT_TRANSLATE_NOOP("errors", "invoice.no_lines"),
    QT_TRANSLATE_NOOP("errors", "invoice.original_number"),
    QT_TRANSLATE_NOOP("errors", "invoice.state"),
    QT_TRANSLATE_NOOP("errors", "invoice.totals"),
    QT_TRANSLATE_NOOP("errors", "invoice.unpriced"),
    QT_TRANSLATE_NOOP("errors", "payment.choice"),
    QT_TRANSLATE_NOOP("errors", "payment.credit_note"),
    QT_TRANSLATE_NOOP("errors", "payment.currency"),
    QT_TRANSLATE_NOOP("errors", "payment.overpaid"),
)

# Dangerous goods and special handling
DANGEROUS_GOODS_SPECIAL_HANDLING = (
    QT_TRANSLATE_NOOP("errors", "lithium.fully_regulated"),
    QT_TRANSLATE_NOOP("errors", "lithium.fully_regulated_shc"),
    QT_TRANSLATE_NOOP("errors", "lithium.missing_rating"),
    QT_TRANSLATE_NOOP("errors", "lithium.over_section_ii"),
    QT_TRANSLATE_NOOP("errors", "lithium.packing_instruction_required"),
    QT_TRANSLATE_NOOP("errors", "lithium.shc_mismatch"),
    QT_TRANSLATE_NOOP("errors", "lithium.shc_without_declaration"),
    QT_TRANSLATE_NOOP("errors", "lithium.state_of_charge"),
    QT_TRANSLATE_NOOP("errors", "lithium.unknown_packing_instruction"),
    QT_TRANSLATE_NOOP("errors", "security_status.unknown"),
    QT_TRANSLATE_NOOP("errors", "shc.security_in_shc"),
    QT_TRANSLATE_NOOP("errors", "shc.too_many"),
    QT_TRANSLATE_NOOP("errors", "shc.unknown"),
)

# Consolidations and customs
CONSOLIDATIONS_CUSTOMS = (
    QT_TRANSLATE_NOOP("errors", "parcels.mapping_syntax"),
    QT_TRANSLATE_NOOP("errors", "consolidation.blocked"),
    QT_TRANSLATE_NOOP("errors", "consolidation.closed"),
    QT_TRANSLATE_NOOP("errors", "consolidation.empty"),
    QT_TRANSLATE_NOOP("errors", "consolidation.open"),
    QT_TRANSLATE_NOOP("errors", "consolidation.request_reused"),
    QT_TRANSLATE_NOOP("errors", "house.duplicate_order"),
    QT_TRANSLATE_NOOP("errors", "customs_mode.unknown"),
    QT_TRANSLATE_NOOP("errors", "ioss.text"),
    QT_TRANSLATE_NOOP("errors", "items.required"),
    QT_TRANSLATE_NOOP("errors", "items.too_many"),
    QT_TRANSLATE_NOOP("errors", "parcels.mapping_column"),
    QT_TRANSLATE_NOOP("errors", "parcels.mapping_target"),
    QT_TRANSLATE_NOOP("errors", "value.required"),
)

# Documents, labels and files
DOCUMENTS_LABELS_FILES = (
    QT_TRANSLATE_NOOP("errors", "manifest.what"),
    QT_TRANSLATE_NOOP("errors", "file.is_folder"),
    QT_TRANSLATE_NOOP("errors", "file.no_folder"),
    QT_TRANSLATE_NOOP("errors", "file.unwritable"),
    QT_TRANSLATE_NOOP("errors", "labels.piece_digits"),
    QT_TRANSLATE_NOOP("errors", "manifest.house_without_master"),
    QT_TRANSLATE_NOOP("errors", "manifest.kind"),
    QT_TRANSLATE_NOOP("errors", "manifest.totals_too_large"),
    QT_TRANSLATE_NOOP("errors", "seller.address_too_long"),
    QT_TRANSLATE_NOOP("errors", "seller.missing"),
    QT_TRANSLATE_NOOP("errors", "sheet.encoding"),
    QT_TRANSLATE_NOOP("errors", "sheet.format"),
    QT_TRANSLATE_NOOP("errors", "sheet.required"),
    QT_TRANSLATE_NOOP("errors", "sheet.text_expected"),
    QT_TRANSLATE_NOOP("errors", "sheet.unreadable"),
)

# Text, numbers, dates and other input
TEXT_NUMBERS_DATES_INPUT = (
    QT_TRANSLATE_NOOP("errors", "code.format"),
    QT_TRANSLATE_NOOP("errors", "country.unknown"),
    QT_TRANSLATE_NOOP("errors", "datetime.format"),
    QT_TRANSLATE_NOOP("errors", "email.invalid"),
    QT_TRANSLATE_NOOP("errors", "job.cancelled"),
    QT_TRANSLATE_NOOP("errors", "number.format"),
    QT_TRANSLATE_NOOP("errors", "number.not_finite"),
    QT_TRANSLATE_NOOP("errors", "number.not_positive"),
    QT_TRANSLATE_NOOP("errors", "number.out_of_range"),
    QT_TRANSLATE_NOOP("errors", "number.precision"),
    QT_TRANSLATE_NOOP("errors", "number.range"),
    QT_TRANSLATE_NOOP("errors", "number.too_long"),
    QT_TRANSLATE_NOOP("errors", "number.type"),
    QT_TRANSLATE_NOOP("errors", "page.range"),
    QT_TRANSLATE_NOOP("errors", "phone.characters"),
    QT_TRANSLATE_NOOP("errors", "phone.too_short"),
    QT_TRANSLATE_NOOP("errors", "setting.unknown"),
    QT_TRANSLATE_NOOP("errors", "text.control_character"),
    QT_TRANSLATE_NOOP("errors", "text.encoding"),
    QT_TRANSLATE_NOOP("errors", "text.newline"),
    QT_TRANSLATE_NOOP("errors", "text.required"),
    QT_TRANSLATE_NOOP("errors", "text.script"),
    QT_TRANSLATE_NOOP("errors", "text.too_long"),
    QT_TRANSLATE_NOOP("errors", "text.type"),
    QT_TRANSLATE_NOOP("errors", "time.format"),
    QT_TRANSLATE_NOOP("errors", "uscc.invalid"),
    QT_TRANSLATE_NOOP("errors", "validity.order"),
)

# QT_TRANSLATE_NOOP is typed as returning object; the codes are the strings themselves.
ERROR_CODES: tuple[str, ...] = tuple(
    map(
        str,
        (
            *NOT_FOUND,
            *FLIGHTS_ROUTES_CAPACITY,
            *BOOKINGS_MILESTONES,
            *AWB_NUMBERS_STOCK,
            *WEIGHTS_PIECES_DIMENSIONS,
            *MONEY_RATES_CHARGES,
            *INVOICES_CREDIT_NOTES_PAYMENTS,
            *DANGEROUS_GOODS_SPECIAL_HANDLING,
            *CONSOLIDATIONS_CUSTOMS,
            *DOCUMENTS_LABELS_FILES,
            *TEXT_NUMBERS_DATES_INPUT,
        ),
    )
)
