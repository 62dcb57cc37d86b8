"""Quote speed: 10,000 random shipments priced through the price book the GUI keeps.

Target (issue 3): <= 1 ms per quote, printed beside a bare Python function applying the
same break table to the same weights, for scale.

    .venv/bin/python bench/quote.py [--quotes 10000] [--seed 1]
"""

from __future__ import annotations

import argparse
import random
import sys
import tempfile
import time
from datetime import date
from decimal import ROUND_HALF_UP, Decimal
from pathlib import Path

from core.domain.rating import Tariff
from core.services.database import open_database
from core.services.price_book import PriceBook, Shipment

TARGET_MS = 1.0


def shipments(book: PriceBook, count: int, seed: int) -> list[Shipment]:
    rng = random.Random(seed)
    lanes = sorted({(t.tariff.origin, t.tariff.destination) for t in book.tariffs})
    day = date(2026, 12, 15)
    return [
        Shipment(
            *rng.choice(lanes),
            day,
            None,
            None,
            rng.randint(500, 2_000_000),
            rng.randint(1_000, 12_000_000),
        )
        for _ in range(count)
    ]


def bare_freight(t: Tariff, kg: Decimal) -> Decimal:
    """The break table applied by hand: own band, every higher break, never below M."""
    bands = sorted(t.breaks.items())
    own = t.normal
    for brk, rate in bands:
        if kg >= brk:
            own = rate
    best = kg * own
    for brk, rate in bands:
        if brk > kg:
            best = min(best, brk * rate)
    return max(best, t.minimum).quantize(Decimal("0.01"), ROUND_HALF_UP)


def chargeable(s: Shipment) -> Decimal:
    gross = Decimal(s.gross_weight_g) / 1000
    volumetric = Decimal(s.volume_cm3) / 6000
    heavier = max(gross, volumetric)
    return (heavier * 2).to_integral_value(rounding="ROUND_CEILING") / 2


def measure(count: int, seed: int) -> tuple[float, float]:
    with tempfile.TemporaryDirectory() as folder:
        opened = open_database(Path(folder) / "quote.sqlite")
        with opened.uow.reading() as uow:
            book = PriceBook.load(uow.session)
        opened.uow.dispose()
    work = shipments(book, count, seed)
    start = time.perf_counter()
    for s in work:
        book.price(s)
    service = (time.perf_counter() - start) / count * 1000
    tariffs = {(t.tariff.origin, t.tariff.destination): t.tariff for t in book.tariffs}
    start = time.perf_counter()
    for s in work:
        bare_freight(tariffs[(s.origin, s.destination)], chargeable(s))
    bare = (time.perf_counter() - start) / count * 1000
    return service, bare


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--quotes", type=int, default=10_000)
    parser.add_argument("--seed", type=int, default=1)
    args = parser.parse_args(argv)
    service, bare = measure(args.quotes, args.seed)
    verdict = "PASS" if service <= TARGET_MS else "FAIL"
    print(
        f"Quote: {args.quotes:,} random shipments through PriceBook.price (tariff choice, "
        "freight, other charges, total)"
    )
    print(
        f"  service {service:.3f} ms per quote; bare break-table function {bare:.3f} ms "
        f"(x{service / bare:.1f}); target <= {TARGET_MS} ms: {verdict}"
    )
    return 0


if __name__ == "__main__":
    sys.exit(main())
