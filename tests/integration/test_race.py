"""Eight processes booking one flight at once never overbook it (the issue's Done-means).

Each round shrinks a future flight's allotment to 1,000 kg and 6 m3, releases 8 worker
processes together on a barrier, and lets each book random weights and volumes through
the real booking service (its own engine, as on its own workstation) until refused a
few times. With BEGIN IMMEDIATE no round may exceed either allotment. The canary runs
the same thing with the hook switched off and must overbook in every round: that is
what proves this test can see an overbooking at all. AWB numbers stay unique throughout.
"""

from __future__ import annotations

import multiprocessing
import queue
import threading
import time
from collections import Counter
from pathlib import Path

import pytest

from tests.integration.stress_helpers import (
    RaceTally,
    awb_problems,
    flight_load,
    future_flights,
    prepare_database,
    race_worker,
    set_allotment,
)

ROUNDS = 10
WORKERS = 8
ALLOTMENT_WEIGHT_G = 1_000_000  # 1,000 kg
ALLOTMENT_VOLUME_CM3 = 6_000_000  # 6 m3
REFUSALS_TO_STOP = 3
WAIT_S = 120  # a deadline for a stuck child, far above a healthy round


@pytest.fixture(scope="module")
def race_db(tmp_path_factory: pytest.TempPathFactory) -> Path:
    path = tmp_path_factory.mktemp("race") / "race.sqlite"
    prepare_database(path)
    return path


@pytest.mark.slow
@pytest.mark.parametrize(
    "immediate_writes", [True, False], ids=["begin-immediate", "canary-deferred"]
)
def test_eight_processes_never_overbook_a_flight(race_db: Path, immediate_writes: bool) -> None:
    # Each parametrisation gets its own ten flights of the one database.
    offset = 0 if immediate_writes else ROUNDS
    flights = future_flights(race_db, 2 * ROUNDS)[offset : offset + ROUNDS]
    for flight_id in flights:
        set_allotment(
            race_db, flight_id, weight_g=ALLOTMENT_WEIGHT_G, volume_cm3=ALLOTMENT_VOLUME_CM3
        )

    ctx = multiprocessing.get_context("fork")
    barrier = ctx.Barrier(WORKERS + 1)  # the parent is a party: it starts and ends rounds
    results = ctx.Queue()
    workers = [
        ctx.Process(
            target=race_worker,
            args=(race_db, immediate_writes, flights, barrier, results, w, 1000 * offset + w),
            kwargs={"refusals_to_stop": REFUSALS_TO_STOP},
            daemon=True,
        )
        for w in range(WORKERS)
    ]
    started = time.perf_counter()
    for process in workers:
        process.start()
    report: list[str] = []
    failures: list[str] = []
    errors: Counter[str] = Counter()
    try:
        for rnd, flight_id in enumerate(flights):
            tallies = _play_round(barrier, results)
            load = flight_load(race_db, flight_id)
            booked = sum(t.booked for t in tallies)
            refused = sum(t.refused for t in tallies)
            round_errors = sum((t.errors for t in tallies), Counter())
            errors.update(round_errors)
            report.append(
                f"round {rnd}: {load.describe()}; {booked} booked, {refused} refused, "
                f"{sum(round_errors.values())} other errors"
            )
            if booked != load.bookings:
                failures.append(
                    f"round {rnd}: workers were told {booked} bookings succeeded, "
                    f"flight {flight_id} holds {load.bookings}"
                )
            if immediate_writes and load.overbooked:
                failures.append(f"round {rnd}: OVERBOOKED with BEGIN IMMEDIATE: {load.describe()}")
            if not immediate_writes and not load.overbooked:
                failures.append(
                    f"round {rnd}: the canary did not overbook, so this round could not have "
                    f"caught a missing write lock: {load.describe()}"
                )
            if immediate_writes and round_errors:
                failures.append(f"round {rnd}: errors with BEGIN IMMEDIATE: {dict(round_errors)}")
            failures.extend(f"round {rnd}: {p}" for p in awb_problems(race_db))
    except BaseException:
        barrier.abort()  # let waiting workers fail fast instead of at their deadline
        raise
    finally:
        for process in workers:
            process.join(timeout=WAIT_S)
        for process in workers:
            if process.is_alive():  # only after a failure; these are our own children
                process.kill()
                process.join()
    elapsed = time.perf_counter() - started

    mode = "BEGIN IMMEDIATE" if immediate_writes else "canary (deferred BEGIN)"
    summary = "\n".join(
        [f"{mode}: {ROUNDS} rounds x {WORKERS} processes in {elapsed:.1f} s", *report]
        + [f"  {n} x {text}" for text, n in errors.most_common()]
    )
    print(summary)
    assert not failures, "\n".join([*failures, "", summary])
    assert all(p.exitcode == 0 for p in workers), [p.exitcode for p in workers]


def _play_round(barrier: threading.Barrier, results: queue.Queue[RaceTally]) -> list[RaceTally]:
    """Release the workers together, then collect one tally from each."""
    try:
        barrier.wait(timeout=WAIT_S)
        tallies = [results.get(timeout=WAIT_S) for _ in range(WORKERS)]
    except threading.BrokenBarrierError:
        tallies = _drain(results)
    crashed = [t for t in tallies if t.round < 0]
    if crashed or len(tallies) != WORKERS:
        details = "\n".join(f"worker {t.worker}: {''.join(t.errors)}" for t in crashed)
        pytest.fail(f"a race worker failed ({len(tallies)} tallies):\n{details}")
    return tallies


def _drain(results: queue.Queue[RaceTally]) -> list[RaceTally]:
    drained: list[RaceTally] = []
    while True:
        try:
            drained.append(results.get(timeout=1))
        except queue.Empty:
            return drained
