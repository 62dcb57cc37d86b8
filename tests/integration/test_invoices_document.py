"""What an issued invoice says is immutable, enforced by the database itself; its stored
PDF is the document, and a reprint is byte-identical (issue 3, Done-means)."""

from __future__ import annotations

import hashlib
import sqlite3
from pathlib import Path

import pytest

from core.errors import InvalidState
from core.services.database import OpenedDatabase
from core.services.invoices import credit_note, get_invoice, invoice_pdf
from tests.integration.test_invoices import (
    DAY,
    billing,
    book_big,
    book_small,
    issue,
    pdf_text,
    raw,
)

__all__ = ["billing"]  # the fixture, shared with test_invoices


# --- immutability and the stored document ------------------------------------------------


@pytest.mark.parametrize(
    "statement",
    [
        "UPDATE invoice SET total_minor = 1",
        "UPDATE invoice SET buyer_name = 'someone else'",
        "DELETE FROM invoice",
        "UPDATE invoice_line SET amount_minor = 0",
        "DELETE FROM invoice_line",
        "UPDATE invoice_document SET pdf = x'00'",
        "DELETE FROM invoice_document",
    ],
)
def test_the_database_refuses_changes_to_an_issued_invoice(
    billing: OpenedDatabase, db_path: Path, statement: str
) -> None:
    inv = issue(billing, book_big(billing))
    billing.uow.dispose()
    with raw(db_path) as conn, pytest.raises(sqlite3.DatabaseError, match="immutable"):
        conn.execute(statement)
    assert get_invoice(billing.uow.reading(), inv.number) == inv


def test_stored_pdf_is_the_document_and_a_reprint_is_identical(
    billing: OpenedDatabase, db_path: Path
) -> None:
    inv = issue(billing, book_big(billing), book_small(billing))
    pdf = invoice_pdf(billing.uow.reading(), inv.number)
    assert hashlib.sha256(pdf).hexdigest() == inv.pdf_sha256
    assert invoice_pdf(billing.uow.reading(), inv.number) == pdf
    with raw(db_path) as conn:
        stored = conn.execute("SELECT pdf, sha256 FROM invoice_document").fetchone()
    assert (stored[0], stored[1]) == (pdf, inv.pdf_sha256)
    text = pdf_text(pdf)
    for expected in (inv.number, "郑州豫通跨境电子商务有限公司", "020-", "LH8407", "CGO → FRA"):
        assert expected in text
    assert "2,327.90" in text and "0.252 m³" in text


def test_a_damaged_stored_pdf_is_reported(billing: OpenedDatabase, db_path: Path) -> None:
    inv = issue(billing, book_big(billing))
    billing.uow.dispose()
    with raw(db_path) as conn:  # only by removing the trigger first, as an attacker would
        conn.execute("DROP TRIGGER invoice_document_no_update")
        conn.execute("UPDATE invoice_document SET pdf = x'255044462d'")
    with pytest.raises(InvalidState) as damaged:
        invoice_pdf(billing.uow.reading(), inv.number)
    assert damaged.value.code == "invoice.document_damaged"


def test_a_rollback_after_the_number_was_drawn_leaves_no_gap(
    billing: OpenedDatabase, monkeypatch: pytest.MonkeyPatch
) -> None:
    from core.services import invoice_document

    first, second = book_big(billing), book_small(billing)

    def broken(*_args: object) -> bytes:
        raise RuntimeError("printer on fire")

    with monkeypatch.context() as patch:
        patch.setattr(invoice_document, "render_invoice", broken)
        with pytest.raises(RuntimeError):
            issue(billing, first)
    assert issue(billing, second).number == "CGO1-I000001"
    assert issue(billing, first).number == "CGO1-I000002"


def test_a_credit_note_prints_the_invoice_it_corrects_and_why(billing: OpenedDatabase) -> None:
    inv = issue(billing, book_small(billing))
    note = credit_note(
        billing.uow(), invoice=inv.number, reason="minimum charge waived", lines=[1], issue_date=DAY
    ).value
    text = pdf_text(invoice_pdf(billing.uow.reading(), note.number))
    for expected in ("Credit Note", note.number, inv.number, "minimum charge waived", "-320.00"):
        assert expected in text
