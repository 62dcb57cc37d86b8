"""Demo data for `init --demo`: the bookings on coming flights, the history of past ones and
its billing live in core.services (demo, demo_loads, demo_history, demo_invoices), so the
desktop's `--demo` seeds exactly what the command line does."""

from __future__ import annotations

from core.services.demo import DEMO_COUNT, DEMO_SEED, add_demo_bookings
from core.services.demo_history import DemoReport, add_demo_history, seed_demo
from core.services.demo_invoices import add_demo_billing
from core.services.demo_loads import add_demo_loads

__all__ = [
    "DEMO_COUNT",
    "DEMO_SEED",
    "DemoReport",
    "add_demo_billing",
    "add_demo_bookings",
    "add_demo_history",
    "add_demo_loads",
    "seed_demo",
]
