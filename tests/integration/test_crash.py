"""A booking process killed at random moments leaves no half-written booking behind.

Atomicity and idempotency, not power loss: SIGKILL ends the process, the OS keeps the
file. A child books in a loop and reports "sent <id>" before and "ack <id>" after each
book(); the parent kills it a random 0-150 ms after its first "sent", 100 times. After
each kill: integrity_check is ok, every consignment is whole, every acknowledged booking
is there once, and replaying the unacknowledged ids creates no duplicate.
"""

from __future__ import annotations

import os
import random
import signal
import time
from pathlib import Path

import pytest

from core.services.booking import book
from core.services.database import open_database
from tests.integration.stress_helpers import (
    LineReader,
    consignment_problems,
    crash_child,
    crash_request,
    future_flights,
    integrity,
    prepare_database,
    request_counts,
    set_allotment,
    stored_weights,
)

KILLS = 100
MAX_DELAY_S = 0.150
SEED = 20261129


@pytest.fixture
def crash_db(tmp_path: Path) -> tuple[Path, int]:
    path = tmp_path / "crash.sqlite"
    prepare_database(path)
    flight_id = future_flights(path, 1)[0]
    # Room for every booking of the run, so each one takes the whole booking path.
    set_allotment(path, flight_id, weight_g=10**10, volume_cm3=10**12)
    return path, flight_id


@pytest.mark.slow
def test_sigkill_mid_booking_leaves_whole_bookings_and_safe_retries(
    crash_db: tuple[Path, int],
) -> None:
    path, flight_id = crash_db
    rng = random.Random(SEED)
    db = open_database(path)  # the parent's own engine, for the replays
    started = time.perf_counter()
    acked_total = committed_unacked = lost_unacked = 0
    try:
        for cycle in range(KILLS):
            delay = rng.uniform(0, MAX_DELAY_S)
            db.uow.dispose()  # no open connection may be inherited by the child
            lines = _run_and_kill(path, flight_id, cycle, delay)
            context = f"cycle {cycle} (killed {delay * 1000:.0f} ms after the first 'sent')"

            errors = [line for line in lines if not line.startswith(("sent ", "ack "))]
            assert not errors, f"{context}: the child reported {errors}"
            sent = [line.split()[1] for line in lines if line.startswith("sent ")]
            acked = [line.split()[1] for line in lines if line.startswith("ack ")]
            assert set(acked) <= set(sent), f"{context}: acks without sends {lines}"
            unacked = [rid for rid in sent if rid not in acked]
            assert len(unacked) <= 1, f"{context}: the child books one at a time: {lines}"

            check = integrity(path)
            assert check == "ok", f"{context}: integrity_check says {check}"
            problems = consignment_problems(path)
            assert not problems, f"{context}: half-written data:\n" + "\n".join(problems)

            counts = request_counts(path, acked)
            missing = {rid: n for rid, n in counts.items() if n != 1}
            assert not missing, f"{context}: acknowledged bookings not there once: {missing}"
            weights = stored_weights(path, acked)
            for rid in acked:
                wanted = int(crash_request(flight_id, rid).gross_weight_kg * 1000)
                assert weights[rid] == wanted, f"{context}: {rid} stored {weights[rid]} g"
            acked_total += len(acked)

            before = request_counts(path, unacked)
            for rid in unacked:
                book(db.uow(), crash_request(flight_id, rid))
            after = request_counts(path, unacked)
            dupes = {rid: n for rid, n in after.items() if n != 1}
            assert not dupes, f"{context}: replayed ids not there exactly once: {dupes}"
            committed_unacked += sum(before.values())
            lost_unacked += len(unacked) - sum(before.values())
            problems = consignment_problems(path)
            assert not problems, f"{context}: after the replay:\n" + "\n".join(problems)
    finally:
        db.uow.dispose()
    print(
        f"{KILLS} kills in {time.perf_counter() - started:.1f} s: {acked_total} acknowledged "
        f"bookings; unacknowledged at the kill: {committed_unacked} already committed "
        f"(replay returned them), {lost_unacked} rolled back (replay booked them)"
    )


def _run_and_kill(path: Path, flight_id: int, cycle: int, delay: float) -> list[str]:
    """Fork a booking child, SIGKILL it ``delay`` s after its first "sent"; its lines."""
    rfd, wfd = os.pipe()
    pid = os.fork()
    if pid == 0:  # the child: never returns
        os.close(rfd)
        crash_child(path, flight_id, cycle, wfd)
    os.close(wfd)
    reader = LineReader(rfd)
    status = None
    try:
        reader.wait_for("sent ")
        time.sleep(delay)  # the deliberate random kill moment, not a wait for a condition
        os.kill(pid, signal.SIGKILL)
        _, status = os.waitpid(pid, 0)
        lines = reader.read_to_eof()
    finally:
        if status is None:  # failed before the kill: end our child, never leave it running
            os.kill(pid, signal.SIGKILL)
            os.waitpid(pid, 0)
        os.close(rfd)
    if not (os.WIFSIGNALED(status) and os.WTERMSIG(status) == signal.SIGKILL):
        raise AssertionError(f"cycle {cycle}: the child ended by itself ({status}): {lines}")
    return lines
