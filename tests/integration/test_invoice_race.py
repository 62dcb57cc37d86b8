"""Eight processes issuing invoices at once, a random 20 % of them rolled back after the
number was drawn, leave invoice numbers 1..N with no gap and no duplicate (issue 3,
Done-means).

Each worker (a fork-context process with its own engine, as on its own workstation)
waits on a barrier, then bills its own prepared bookings one invoice each. Inside every
attempt the PDF renderer (called after next_number, inside the transaction) raises with
probability 0.2, so that transaction rolls back with a number already drawn; the worker
then retries the booking. Afterwards the database is read with plain sqlite3: the numbers
are exactly 1..N, each has its lines and PDF, every booking is billed once, and the
counter row stands at N + 1. The canary draws numbers from a counter outside the
transaction instead (as an autoincrement or a database sequence would): it must leave
gaps, which proves the checks can see one.
"""

from __future__ import annotations

import multiprocessing
import queue
import random
import re
import shutil
import sqlite3
import time
import traceback
from contextlib import closing
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path
from typing import Any

import pytest

WORKERS = 8
BOOKINGS_PER_WORKER = 5
ROLLBACK_SHARE = 0.2
MAX_ATTEMPTS = 40  # per booking: a safety stop, never reached when healthy
WAIT_S = 120  # a deadline for a stuck child, far above a healthy run
ISSUE_DATE = date(2026, 12, 5)
NUMBER = re.compile(r"CGO1-I(\d{6})")


class InjectedRollback(Exception):
    """Raised inside the issuing transaction, after the invoice number was drawn."""


@dataclass
class Tally:
    worker: int
    issued: list[str] = field(default_factory=list)
    rolled_back: int = 0
    errors: list[str] = field(default_factory=list)


@pytest.fixture
def race_db(template_db: Path, tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, list[str]]:
    """A copy of the template with the seller set and 40 priced bookings of one shipper."""
    from core.services.booking import book
    from core.services.database import open_database
    from tests.integration.booking_helpers import request
    from tests.integration.test_invoices import december_flight, with_seller

    path = tmp_path_factory.mktemp("invoice_race") / "race.sqlite"
    shutil.copyfile(template_db, path)
    db = open_database(path)
    try:
        with_seller(db, AW="6")
        flight = december_flight(db)
        small = {"pieces": 1, "gross_weight_kg": "5", "dimensions": "10x10x10x1"}
        refs = [
            book(db.uow(), request(flight, **small)).value.booking_ref
            for _ in range(WORKERS * BOOKINGS_PER_WORKER)
        ]
    finally:
        db.uow.dispose()  # no pooled connection may survive into a forked child
    return path, refs


def issuing_worker(
    path: Path, refs: list[str], barrier: Any, results: Any, worker: int, outside: Any
) -> None:
    """Child: its own engine; the renderer patched to fail 20 % of the time. With an
    ``outside`` counter (the canary) numbers are drawn from it, not from the counter row."""
    tally = Tally(worker)
    try:
        from core.db.engine import make_engine, resolve_url
        from core.errors import FreightDeskError
        from core.services import invoice_document, invoices
        from core.services.invoices import issue_invoice
        from core.services.uow import UnitOfWorkFactory

        if outside is not None:

            def draw_outside(_uow: Any, _series: str) -> str:
                with outside.get_lock():
                    outside.value += 1
                    return f"CGO1-I{outside.value:06d}"

            invoices.next_number = draw_outside  # type: ignore[assignment]

        rng = random.Random(worker)
        render = invoice_document.render_invoice

        def flaky_render(doc: Any) -> bytes:
            if rng.random() < ROLLBACK_SHARE:
                raise InjectedRollback(doc.number)
            return render(doc)

        invoice_document.render_invoice = flaky_render  # type: ignore[assignment]
        uow = UnitOfWorkFactory(make_engine(resolve_url(path)))
        barrier.wait(timeout=WAIT_S)
        for ref in refs:
            for _ in range(MAX_ATTEMPTS):
                try:
                    view = issue_invoice(uow(), bookings=[ref], issue_date=ISSUE_DATE).value
                except InjectedRollback:
                    tally.rolled_back += 1
                    continue
                except FreightDeskError as exc:
                    tally.errors.append(f"{ref}: {exc.code}: {exc}")
                    break
                tally.issued.append(view.number)
                break
        uow.dispose()
    except BaseException:
        tally.errors.append(traceback.format_exc())
        barrier.abort()
    results.put(tally)


@pytest.mark.slow
@pytest.mark.parametrize("canary", [False, True], ids=["counter-row", "canary-outside-counter"])
def test_eight_processes_with_forced_rollbacks_leave_a_gapless_series(
    race_db: tuple[Path, list[str]], canary: bool
) -> None:
    path, refs = race_db
    ctx = multiprocessing.get_context("fork")
    barrier = ctx.Barrier(WORKERS)
    results = ctx.Queue()
    outside = ctx.Value("i", 0) if canary else None
    shares = [refs[w::WORKERS] for w in range(WORKERS)]
    workers = [
        ctx.Process(
            target=issuing_worker,
            args=(path, shares[w], barrier, results, w, outside),
            daemon=True,
        )
        for w in range(WORKERS)
    ]
    started = time.perf_counter()
    for process in workers:
        process.start()
    try:
        tallies = [results.get(timeout=WAIT_S) for _ in range(WORKERS)]
    except queue.Empty:
        pytest.fail("a race worker did not report")
    finally:
        for process in workers:
            process.join(timeout=WAIT_S)
        for process in workers:
            if process.is_alive():  # only after a failure; these are our own children
                process.kill()
                process.join()
    elapsed = time.perf_counter() - started

    errors = [e for t in tallies for e in t.errors]
    assert not errors, "\n".join(errors)
    issued = [n for t in tallies for n in t.issued]
    rolled_back = sum(t.rolled_back for t in tallies)
    print(
        f"{WORKERS} processes: {len(issued)} invoices, {rolled_back} forced rollbacks "
        f"in {elapsed:.1f} s"
    )
    assert rolled_back > 0, "no rollback was forced: the test proved nothing"
    assert len(issued) == len(refs)

    stored = _stored(path)
    values = sorted(_value(n) for n in stored["numbers"])
    assert sorted(stored["numbers"]) == sorted(issued), "workers and database disagree"
    assert len(set(values)) == len(values), "duplicate invoice numbers"
    if canary:  # numbers drawn outside the transaction are lost with each rollback
        assert values[-1] == len(refs) + rolled_back, "the canary left no gap"
        return
    assert values == list(range(1, len(refs) + 1)), "gap in the invoice series"
    assert stored["next_value"] == len(refs) + 1
    assert stored["without_document"] == 0 and stored["without_lines"] == 0
    assert stored["billed_bookings"] == len(refs) == stored["invoices"]
    assert all(p.exitcode == 0 for p in workers), [p.exitcode for p in workers]


def _value(number: str) -> int:
    match = NUMBER.fullmatch(number)
    assert match is not None, number
    return int(match.group(1))


def _stored(path: Path) -> dict[str, Any]:
    """Read with plain sqlite3: the check must not trust the code under test."""
    with closing(sqlite3.connect(path)) as conn:
        numbers = [row[0] for row in conn.execute("SELECT number FROM invoice")]
        counter = conn.execute(
            "SELECT next_value FROM number_series WHERE name = 'invoice'"
        ).fetchone()
        (without_document,) = conn.execute(
            "SELECT count(*) FROM invoice i WHERE NOT EXISTS"
            " (SELECT 1 FROM invoice_document d WHERE d.invoice_id = i.id)"
        ).fetchone()
        (without_lines,) = conn.execute(
            "SELECT count(*) FROM invoice i WHERE NOT EXISTS"
            " (SELECT 1 FROM invoice_line l WHERE l.invoice_id = i.id)"
        ).fetchone()
        (billed,) = conn.execute(
            "SELECT count(DISTINCT consignment_id) FROM invoice_line"
        ).fetchone()
    return {
        "numbers": numbers,
        "invoices": len(numbers),
        "next_value": counter[0] if counter else None,
        "without_document": without_document,
        "without_lines": without_lines,
        "billed_bookings": billed,
    }
