"""`invoice issue|show|pdf|pay|credit|list|export` and `seller set|show`."""

from __future__ import annotations

import argparse
from datetime import date
from pathlib import Path

from core.cli.args import SubParsers, add_command, add_group, examples, non_negative_int
from core.cli.context import Context
from core.cli.output import Column, labelled, table
from core.documents.pdf_io import safe_filename, write_atomic
from core.services.invoice_candidates import InvoiceCandidates, invoice_candidates
from core.services.invoices import (
    InvoiceLineView,
    InvoiceRow,
    InvoiceView,
    credit_note,
    export_invoices,
    get_invoice,
    invoice_pdf,
    issue_invoice,
    list_invoices,
    record_payment,
)
from core.services.seller import SellerView, get_seller, set_seller

STATE_TEXT = {"partly_paid": "partly paid"}


def register(sub: SubParsers) -> None:
    group = add_group(
        sub,
        "invoice",
        help="invoices and credit notes: issue, candidates, show, pdf, pay, credit, list, export",
        epilog=examples(
            "freightdesk invoice issue 020-10000001 CGO1-B000002 --date 2026-12-01",
            "freightdesk invoice pay CGO1-I000001 --amount 1000.00 --method 'bank transfer'",
            "freightdesk invoice credit CGO1-I000001 --reason 'AWB fee waived' --line 5",
        ),
    )
    _register_issue(group)
    _register_candidates(group)
    _register_reads(group)
    _register_pay(group)
    _register_credit(group)
    _register_export(group)
    _register_seller(sub)


def _register_issue(group: SubParsers) -> None:
    cmd = add_command(
        group,
        "issue",
        help="bill bookings of one customer (the shipper if PP, the consignee if CC)",
        epilog=examples(
            "freightdesk invoice issue 020-10000001",
            "freightdesk invoice issue CGO1-B000001 CGO1-B000002 --currency EUR --due-days 45",
        ),
        handler=cmd_issue,
    )
    cmd.add_argument("bookings", nargs="+", metavar="BOOKING", help="AWB number or booking ref")
    cmd.add_argument(
        "--currency", metavar="CODE", help="default: the customer's, else the tariff's"
    )
    cmd.add_argument("--date", metavar="DATE", help="issue date (default: today)")
    cmd.add_argument(
        "--due-days", type=non_negative_int, metavar="N", help="default: the seller's terms"
    )


def _register_candidates(group: SubParsers) -> None:
    cmd = add_command(
        group,
        "candidates",
        help="live bookings a customer pays (PP shipper, CC consignee) not yet invoiced",
        epilog=examples("freightdesk invoice candidates SH-CGO-001 --json"),
        handler=cmd_candidates,
    )
    cmd.add_argument("account", metavar="ACCOUNT", help="the customer's account number")


def _register_reads(group: SubParsers) -> None:
    show = add_command(
        group,
        "show",
        help="show an invoice or credit note with its state",
        epilog=examples("freightdesk invoice show CGO1-I000001"),
        handler=cmd_show,
    )
    show.add_argument("number", metavar="NUMBER")
    pdf = add_command(
        group,
        "pdf",
        help="write the issued PDF (the stored document: a reprint is identical)",
        epilog=examples("freightdesk invoice pdf CGO1-I000001 --output ~/invoices/"),
        handler=cmd_pdf,
    )
    pdf.add_argument("number", metavar="NUMBER")
    pdf.add_argument("--output", metavar="PATH", help="file or folder (default: NUMBER.pdf here)")
    listing = add_command(
        group,
        "list",
        help="list invoices and credit notes, newest first",
        epilog=examples("freightdesk invoice list --customer SH-CGO-001 --state partly_paid"),
        handler=cmd_list,
    )
    listing.add_argument("--customer", metavar="ACCOUNT")
    listing.add_argument("--state", metavar="STATE", help="issued, partly_paid, paid, credited")


def _register_pay(group: SubParsers) -> None:
    cmd = add_command(
        group,
        "pay",
        help="record a payment in the invoice's currency (never above the open amount)",
        epilog=examples(
            "freightdesk invoice pay CGO1-I000001 --amount 500 --paid-on 2026-12-20 "
            "--method 'bank transfer' --reference 'BOC 8841'"
        ),
        handler=cmd_pay,
    )
    cmd.add_argument("number", metavar="NUMBER")
    cmd.add_argument("--amount", required=True, metavar="AMOUNT")
    cmd.add_argument("--currency", metavar="CODE", help="default: the invoice's currency")
    cmd.add_argument("--paid-on", metavar="DATE", help="default: today")
    cmd.add_argument("--method", default="bank transfer", help="default: bank transfer")
    cmd.add_argument("--reference", metavar="TEXT", help="bank or receipt reference")


def _register_credit(group: SubParsers) -> None:
    cmd = add_command(
        group,
        "credit",
        help="issue a credit note reversing lines of an invoice (default: all not yet credited)",
        epilog=examples(
            "freightdesk invoice credit CGO1-I000001 --reason 'booking cancelled by shipper'",
            "freightdesk invoice credit CGO1-I000001 --reason 'fuel surcharge waived' --line 2",
        ),
        handler=cmd_credit,
    )
    cmd.add_argument("number", metavar="NUMBER")
    cmd.add_argument("--reason", required=True, metavar="TEXT")
    cmd.add_argument(
        "--line", type=int, action="append", metavar="N", help="a line number; repeatable"
    )
    cmd.add_argument("--date", metavar="DATE", help="issue date (default: today)")


def _register_export(group: SubParsers) -> None:
    cmd = add_command(
        group,
        "export",
        help="export invoice lines to CSV or XLSX for the tax platform and accounting",
        epilog=examples(
            "freightdesk invoice export december.xlsx --from 2026-12-01 --to 2026-12-31"
        ),
        handler=cmd_export,
    )
    cmd.add_argument("path", type=Path, metavar="PATH")
    cmd.add_argument("--format", dest="fmt", choices=("csv", "xlsx"), help="default: by suffix")
    cmd.add_argument("--from", dest="date_from", metavar="DATE", help="first issue date")
    cmd.add_argument("--to", dest="date_to", metavar="DATE", help="last issue date")


def _register_seller(sub: SubParsers) -> None:
    group = add_group(
        sub,
        "seller",
        help="the seller printed on invoices, payment terms and tax rates: set, show",
        epilog=examples(
            "freightdesk seller set --name '郑州航空港货运代理有限公司' \\\n"
            "      --uscc 91410100MA2Y29N116 --address '新港大道 88 号' --city Zhengzhou \\\n"
            "      --country CN --bank '中国银行郑州航空港支行 2548 6690 1234 5678 901'",
            "freightdesk seller set --tax-rate CH=6 --payment-days 45",
        ),
    )
    cmd = add_command(
        group,
        "set",
        help="set seller details (options left out keep their value)",
        epilog=examples("freightdesk seller set --payment-terms '30 days net, bank transfer'"),
        handler=cmd_seller_set,
    )
    for option in ("name", "uscc", "address", "city", "country", "bank", "payment-terms"):
        cmd.add_argument(f"--{option}", metavar="TEXT")
    cmd.add_argument("--payment-days", metavar="N", help="days to the due date (default 30)")
    cmd.add_argument(
        "--tax-rate",
        action="append",
        type=_tax_rate,
        metavar="CODE=PCT",
        help="VAT %% per charge code, e.g. CH=6, or default=0; repeatable",
    )
    add_command(
        group,
        "show",
        help="show the seller details and tax rates",
        epilog=examples("freightdesk seller show"),
        handler=cmd_seller_show,
    )


def _tax_rate(text: str) -> tuple[str, str]:
    code, sep, pct = text.partition("=")
    if not sep or not code.strip():
        raise argparse.ArgumentTypeError(f"expected CODE=PERCENT such as CH=6, not {text!r}")
    return code.strip(), pct.strip()


def cmd_issue(ctx: Context) -> int:
    a = ctx.args
    outcome = issue_invoice(
        ctx.writing(),
        bookings=a.bookings,
        currency=a.currency,
        issue_date=a.date,
        due_days=a.due_days,
    )
    view = outcome.value
    return ctx.emit_outcome(
        "invoice", outcome, lambda: f"issued {view.number}\n{invoice_text(view)}"
    )


def cmd_candidates(ctx: Context) -> int:
    found = invoice_candidates(ctx.reading(), ctx.args.account)
    return ctx.emit({"candidates": found}, lambda: _candidates_table(found))


def _candidates_table(found: InvoiceCandidates) -> str:
    head = f"{found.customer}  {found.customer_name}"
    if found.billing_currency:
        head += f"  (billed in {found.billing_currency})"
    if not found.bookings:
        return f"{head}\nno bookings to invoice"
    columns = [Column("BOOKING"), Column("AWB"), Column("FLIGHT"), Column("DATE")]
    columns += [Column("ROUTE"), Column("PAYS"), Column("TOTAL", "right"), Column("CUR")]
    rows = [
        [
            b.booking_ref,
            b.awb_number,
            b.flight_number,
            b.departure_date.isoformat(),
            f"{b.origin}-{b.destination}",
            f"{b.payment} {b.billed_as}",
            "no price" if b.total is None else str(b.total),
            b.currency or "",
        ]
        for b in found.bookings
    ]
    return f"{head}\n{table(columns, rows)}"


def cmd_show(ctx: Context) -> int:
    view = get_invoice(ctx.reading(), ctx.args.number)
    return ctx.emit({"invoice": view}, lambda: invoice_text(view))


def cmd_pdf(ctx: Context) -> int:
    view = get_invoice(ctx.reading(), ctx.args.number)
    data = invoice_pdf(ctx.reading(), view.number)
    target = _pdf_path(ctx.args.output, view.number)
    write_atomic(target, data)
    return ctx.emit(
        {"number": view.number, "path": str(target), "sha256": view.pdf_sha256, "bytes": len(data)},
        lambda: f"wrote {target} ({len(data)} bytes, SHA-256 {view.pdf_sha256})",
    )


def _pdf_path(output: str | None, number: str) -> Path:
    name = f"{safe_filename(number, default='invoice')}.pdf"
    if output is None:
        return Path(name)
    path = Path(output).expanduser()
    return path / name if path.is_dir() or output.endswith(("/", "\\")) else path


def cmd_pay(ctx: Context) -> int:
    a = ctx.args
    currency = a.currency or get_invoice(ctx.reading(), a.number).currency
    outcome = record_payment(
        ctx.writing(),
        invoice=a.number,
        amount=a.amount,
        currency=currency,
        paid_on=a.paid_on or date.today(),
        method=a.method,
        reference=a.reference,
    )
    view = outcome.value
    return ctx.emit_outcome(
        "invoice",
        outcome,
        lambda: (
            f"recorded payment on {view.number}: {_state(view.state)}, "
            f"open {view.open_amount} {view.currency}"
        ),
    )


def cmd_credit(ctx: Context) -> int:
    a = ctx.args
    outcome = credit_note(
        ctx.writing(), invoice=a.number, reason=a.reason, lines=a.line, issue_date=a.date
    )
    view = outcome.value
    return ctx.emit_outcome(
        "credit_note", outcome, lambda: f"issued {view.number}\n{invoice_text(view)}"
    )


def cmd_list(ctx: Context) -> int:
    rows = list_invoices(ctx.reading(), customer=ctx.args.customer, state=ctx.args.state)
    return ctx.emit({"invoices": rows}, lambda: _list_table(rows))


def cmd_export(ctx: Context) -> int:
    a = ctx.args
    report = export_invoices(
        ctx.reading(), a.path, fmt=a.fmt, date_from=a.date_from, date_to=a.date_to
    )
    return ctx.emit(
        {"export": report},
        lambda: f"exported {report.rows} lines of {report.invoices} invoices to {report.path}",
    )


def cmd_seller_set(ctx: Context) -> int:
    a = ctx.args
    outcome = set_seller(
        ctx.writing(),
        name=a.name,
        uscc=a.uscc,
        address=a.address,
        city=a.city,
        country=a.country,
        bank=a.bank,
        payment_terms=a.payment_terms,
        payment_days=a.payment_days,
        tax_rates=dict(a.tax_rate or []),
    )
    return ctx.emit_outcome("seller", outcome, lambda: seller_text(outcome.value))


def cmd_seller_show(ctx: Context) -> int:
    seller = get_seller(ctx.reading())
    return ctx.emit({"seller": seller}, lambda: seller_text(seller))


def _state(state: str) -> str:
    return STATE_TEXT.get(state, state)


def invoice_text(v: InvoiceView) -> str:
    head = labelled(
        [
            ("number", v.number),
            ("kind", v.kind.replace("_", " ")),
            ("credits", v.original_number),
            ("date", v.issue_date.isoformat()),
            ("due", v.due_date.isoformat() if v.kind == "invoice" else None),
            ("customer", f"{v.customer}  {v.buyer_name}"),
            ("tax id", v.buyer_tax_id),
            ("terms", v.payment_terms),
            ("reason", v.reason),
            ("rate", _rate(v)),
            ("subtotal", f"{v.subtotal} {v.currency}"),
            ("tax", f"{v.tax} {v.currency}"),
            ("total", f"{v.total} {v.currency}"),
            ("state", _state(v.state) if v.kind == "invoice" else None),
            ("paid", f"{v.paid} {v.currency}" if v.kind == "invoice" else None),
            ("credited", f"{v.credited} {v.currency}" if v.credited else None),
            ("open", f"{v.open_amount} {v.currency}" if v.kind == "invoice" else None),
            ("credit notes", ", ".join(v.credit_notes)),
            ("SHA-256", v.pdf_sha256),
        ]
    )
    columns = [Column("#", "right"), Column("AWB"), Column("CODE")]
    columns += [Column("DESCRIPTION", max_width=44)]
    columns += [Column(name, "right") for name in ("AMOUNT", "TAX %", "TAX")]
    rows = [_line_cells(ln) for ln in v.lines]
    return f"{head}\n\n{table(columns, rows)}"


def _line_cells(ln: InvoiceLineView) -> list[str]:
    numbers = (ln.amount, ln.tax_rate_pct, ln.tax)
    return [str(ln.seq), ln.awb_number or "", ln.code, ln.description, *map(str, numbers)]


def _row_cells(r: InvoiceRow) -> list[str]:
    state = _state(r.state) if r.kind == "invoice" else f"credits {r.original_number}"
    head = [r.number, r.issue_date.isoformat(), r.customer, r.buyer_name]
    return [*head, str(r.total), str(r.open_amount), r.currency, state]


def _rate(v: InvoiceView) -> str | None:
    if v.exchange_base is None or v.exchange_date is None:
        return None
    return f"1 {v.exchange_base} = {v.exchange_rate} {v.currency} on {v.exchange_date}"


def _list_table(rows: list[InvoiceRow]) -> str:
    if not rows:
        return "no invoices match"
    columns = [Column("NUMBER"), Column("DATE"), Column("CUSTOMER")]
    columns += [Column("BUYER", max_width=30), Column("TOTAL", "right"), Column("OPEN", "right")]
    columns += [Column("CUR"), Column("STATE")]
    body = [_row_cells(r) for r in rows]
    return table(columns, body)


def seller_text(s: SellerView) -> str:
    rates = ", ".join(f"{code} {pct}%" for code, pct in s.tax_rates) or "0% on every charge"
    fields = ("name", "uscc", "address", "city", "country", "bank")
    details = [(f, getattr(s, f) or "(not set)") for f in fields]
    return labelled(
        [
            *details,
            ("terms", s.terms),
            ("due after", f"{s.payment_days} days"),
            ("tax rates", rates),
        ]
    )
