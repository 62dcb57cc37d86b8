"""How a long job (a 400-page print, an import, an export) reports progress and learns it was
cancelled (ARCHITECTURE.md, rule 6: long work shows progress and can be cancelled).

core knows no Qt: the job receives a ``Progress`` and calls ``step`` between units of work.
The GUI's implementation (gui.jobs.JobProgress) forwards the numbers to a progress dialog
and raises ``Cancelled`` at the next step once the clerk pressed Cancel; the CLI passes
``NO_PROGRESS``. A job cleans up on ``Cancelled`` (a ``finally``) and lets it propagate.
"""

from __future__ import annotations

from typing import Protocol

from core.errors import Cancelled

__all__ = ["NO_PROGRESS", "Cancelled", "Progress", "SilentProgress"]


class Progress(Protocol):
    def step(self, done: int, total: int) -> None:
        """``done`` of ``total`` units are finished; raises Cancelled if the job should stop."""


class SilentProgress:
    """Progress nobody watches and nobody cancels (the command line, tests)."""

    def step(self, done: int, total: int) -> None:
        return None


NO_PROGRESS: Progress = SilentProgress()
