"""Counts references to None and True across many Qt calls; run as its own process.

PySide6-Essentials 6.12.0 on Python 3.11 drops a reference to None on every void Qt call
and to True on every signal emit, until the interpreter aborts ("Fatal Python error:
bool_dealloc"). In a separate process that abort fails the test instead of killing the
run. Prints one JSON object: how far each count moved, and how many emits arrived.
"""

from __future__ import annotations

import gc
import json
import os
import sys
from collections.abc import Callable

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtCore import QObject, Signal, Slot
from PySide6.QtWidgets import QApplication, QWidget

CALLS = 20_000


class Emitter(QObject):
    fired = Signal(bool)


class Receiver(QObject):
    def __init__(self) -> None:
        super().__init__()
        self.trues = 0

    @Slot(bool)
    def on_fired(self, value: bool) -> None:
        if value is True:
            self.trues += 1


def drift(watched: object, action: Callable[[], object]) -> int:
    """How much ``watched``'s reference count moved over CALLS calls of ``action``."""
    action()  # warm up caches before counting
    gc.collect()
    before = sys.getrefcount(watched)
    for _ in range(CALLS):
        action()
    return sys.getrefcount(watched) - before


def measure() -> dict[str, int]:
    app = QApplication.instance() or QApplication([])
    widget, emitter, receiver = QWidget(), Emitter(), Receiver()
    emitter.fired.connect(receiver.on_fired)
    sent = [0]

    def emit_true() -> None:
        sent[0] += 1
        emitter.fired.emit(True)

    result = {
        "none_set_enabled": drift(None, lambda: widget.setEnabled(True)),
        "none_set_object_name": drift(None, lambda: emitter.setObjectName("x")),
        "true_set_enabled": drift(True, lambda: widget.setEnabled(True)),
        "true_emit": drift(True, emit_true),
        "none_emit": drift(None, emit_true),
    }
    result["emits_sent"], result["emits_received"] = sent[0], receiver.trues
    widget.deleteLater()
    app.processEvents()
    return result


if __name__ == "__main__":
    print(json.dumps(measure()))
