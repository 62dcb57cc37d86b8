"""Start-up of the desktop: to the first painted window, and to a filled flights board.

Targets (issue 5):
- start to first painted main window <= 1.5x a bare PySide6 window with a menu bar and a
  table (the same interpreter start, Qt import and QApplication in both);
- start to a flights board filled with the weeks of upcoming flights <= 0.6 s.

Every run is a fresh process (`--child`), timed from just before it is spawned to the
moment its window has painted (CLOCK_MONOTONIC, shared by parent and child); the runs of
the kinds alternate, and the medians are printed with their ratio.

    .venv/bin/python bench/gui_start.py [--runs 7] [--db PATH]
"""

from __future__ import annotations

import argparse
import json
import os
import resource
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
FIRST_PAINT_RATIO = 1.5
BOARD_SECONDS = 0.6
KINDS = ("bare", "app", "board")


# -- the children ------------------------------------------------------------------------
def _stamp_after_paint(widget: object, ready: object = None) -> None:
    """Print the time once ``widget`` has painted (after ``ready`` fired, if given), then
    leave at once: tearing down is not part of starting."""
    from PySide6.QtCore import QEvent, QObject, QTimer

    state = {"armed": ready is None}

    class Painted(QObject):
        def eventFilter(self, watched: QObject, event: QEvent) -> bool:
            if state["armed"] and event.type() == QEvent.Type.Paint:
                state["armed"] = False
                QTimer.singleShot(0, done)  # runs once this paint cycle is over
            return False

    def done() -> None:
        print(json.dumps({"painted": time.monotonic(), **extra}), flush=True)
        os._exit(0)

    extra: dict[str, object] = {}
    painted = Painted()
    widget.installEventFilter(painted)  # type: ignore[attr-defined]
    widget._bench_filter = painted  # type: ignore[attr-defined]
    if ready is not None:

        def arm() -> None:
            state["armed"] = True
            extra["extra"] = ready_info()  # type: ignore[operator]
            widget.update()  # type: ignore[attr-defined]

        ready_signal, ready_info = ready  # type: ignore[misc]
        ready_signal.connect(arm)


def bare_child() -> None:
    """The baseline: a QMainWindow with a menu bar and an empty table, nothing else."""
    from PySide6.QtGui import QAction
    from PySide6.QtWidgets import QApplication, QMainWindow, QTableWidget

    app = QApplication([sys.argv[0]])
    window = QMainWindow()
    menu = window.menuBar().addMenu("&File")
    menu.addAction(QAction("&Quit", window))
    window.setCentralWidget(QTableWidget(0, 10))
    window.resize(1200, 700)
    _stamp_after_paint(window)
    window.show()
    app.exec()


def app_child(db: str, settings: str, board: bool) -> None:
    from contextlib import ExitStack

    import gui.app

    if not board:
        # The app's own "painted" moment: where it hands over to the worker. The same
        # moment as the baseline's (a zero timer queued at the first paint event).
        painted = gui.app.when_painted

        def stamp_then(window: object, then: object, latest_ms: int = 1000) -> None:
            def stamp() -> None:
                print(json.dumps({"painted": time.monotonic()}), flush=True)
                os._exit(0)

            painted(window, stamp, latest_ms)  # type: ignore[arg-type]

        gui.app.when_painted = stamp_then  # type: ignore[assignment]
    keep = ExitStack()
    argv = ["freightdesk-gui", "--db", db, "--settings", settings, "--lang", "en"]
    running = gui.app.start([*argv, "--size", "1200x700"], keep)
    if board:
        flights = running.window.flights
        viewport = flights.table.viewport()
        _stamp_after_paint(viewport, (flights.loaded, flights.model.rowCount))
    running.app.exec()


# -- the parent ----------------------------------------------------------------------------
def child_env(scratch: Path, bytecode: Path | None) -> dict[str, str]:
    """Offscreen unless told otherwise, logging under ``scratch``; with ``bytecode``,
    compiled modules are cached there (as an installed app has them) instead of being
    compiled at every start, and the repository gets no __pycache__ folders."""
    env = {**os.environ, "QT_QPA_PLATFORM": os.environ.get("QT_QPA_PLATFORM", "offscreen")}
    env["XDG_STATE_HOME"] = str(scratch / "state")
    if bytecode is not None:
        env.pop("PYTHONDONTWRITEBYTECODE", None)
        env["PYTHONPYCACHEPREFIX"] = str(bytecode)
    return env


def run_once(
    kind: str, db: Path, settings: Path, env: dict[str, str]
) -> tuple[float, float, object]:
    """Wall-clock seconds from spawn to painted, the child's CPU seconds, and what it said."""
    command = [sys.executable, str(Path(__file__)), "--child", kind, "--db", str(db)]
    command += ["--settings", str(settings)]
    cpu_before = _children_cpu()
    started = time.monotonic()
    child = subprocess.Popen(
        command, cwd=REPO, env=env, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True
    )
    out, err = child.communicate()
    if child.returncode != 0:
        raise SystemExit(f"{kind} run failed:\n{err}")
    report = json.loads(out.strip().splitlines()[-1])
    return report["painted"] - started, _children_cpu() - cpu_before, report.get("extra")


def _children_cpu() -> float:
    """User + system time of the children waited for so far (one child runs at a time)."""
    usage = resource.getrusage(resource.RUSAGE_CHILDREN)
    return usage.ru_utime + usage.ru_stime


def prepare(db: Path) -> int:
    """A migrated, seeded database with its flights generated, as a workstation has it after
    its first start (that first start's seeding is not what is measured)."""
    from datetime import date

    from core.services.database import open_database
    from core.services.flights import FlightFilter, list_flights

    opened = open_database(db)
    try:
        upcoming = FlightFilter(date_from=date.today(), upcoming_only=True)
        return len(list_flights(opened.uow.reading(), upcoming))
    finally:
        opened.uow.dispose()


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=7, help="fresh processes per kind")
    parser.add_argument("--db", type=Path, help="database to start on (default: a new one)")
    parser.add_argument(
        "--no-bytecode-cache",
        action="store_true",
        help="compile every module at every start (as with PYTHONDONTWRITEBYTECODE=1)",
    )
    parser.add_argument("--child", choices=KINDS, help=argparse.SUPPRESS)
    parser.add_argument("--settings", help=argparse.SUPPRESS)
    args = parser.parse_args(argv)
    if args.child == "bare":
        bare_child()
    elif args.child:
        app_child(str(args.db), args.settings, board=args.child == "board")
    with tempfile.TemporaryDirectory() as scratch:
        db = args.db or Path(scratch) / "freightdesk.sqlite"
        flights = prepare(db)
        settings = Path(scratch) / "settings.ini"
        bytecode = None if args.no_bytecode_cache else Path(scratch) / "bytecode"
        env = child_env(Path(scratch), bytecode)
        for kind in KINDS:  # a first start of each, not counted: it fills the bytecode cache
            run_once(kind, db, settings, env)
        times: dict[str, list[float]] = {kind: [] for kind in KINDS}
        cpu: dict[str, list[float]] = {kind: [] for kind in KINDS}
        shown: object = None
        for _ in range(args.runs):
            for kind in KINDS:
                seconds, cpu_seconds, extra = run_once(kind, db, settings, env)
                times[kind].append(seconds)
                cpu[kind].append(cpu_seconds)
                shown = extra if kind == "board" else shown
    report(times, cpu, flights, shown, cached=not args.no_bytecode_cache)
    return 0


def report(
    times: dict[str, list[float]],
    cpu: dict[str, list[float]],
    flights: int,
    shown: object,
    *,
    cached: bool,
) -> None:
    wall = {kind: statistics.median(times[kind]) for kind in KINDS}
    used = {kind: statistics.median(cpu[kind]) for kind in KINDS}
    bytecode = "cached bytecode" if cached else "every module compiled at start"
    runs = len(times["bare"])
    print(f"load average {os.getloadavg()[0]:.2f}; {runs} runs of each, medians; {bytecode}")
    print("                                              wall clock   CPU (user+sys)")
    rows = (
        ("bare PySide6 window (menu bar, table)", "bare"),
        ("FreightDesk main window", "app"),
        (f"flights board filled ({shown} of {flights} flights)", "board"),
    )
    for name, kind in rows:
        print(f"  {name:44} {wall[kind] * 1000:6.0f} ms    {used[kind] * 1000:6.0f} ms")
    ratio = wall["app"] / wall["bare"]
    cpu_ratio = used["app"] / used["bare"]
    # Two more readings of the same runs, as a check on the noise of a shared machine:
    # each app start against the bare start just before it, and the fastest of each.
    pairs = zip(times["app"], times["bare"], strict=True)
    paired = statistics.median(app / bare for app, bare in pairs)
    fastest = min(times["app"]) / min(times["bare"])
    verdict = "PASS" if ratio <= FIRST_PAINT_RATIO else "FAIL"
    print(
        f"start to first paint: {ratio:.2f}x the bare window (CPU {cpu_ratio:.2f}x; "
        f"paired runs {paired:.2f}x; fastest runs {fastest:.2f}x); "
        f"target <= {FIRST_PAINT_RATIO}x: {verdict}"
    )
    verdict = "PASS" if wall["board"] <= BOARD_SECONDS else "FAIL"
    print(
        f"start to a filled flights board: {wall['board'] * 1000:.0f} ms; "
        f"target <= {BOARD_SECONDS * 1000:.0f} ms: {verdict}"
    )
    for kind in KINDS:
        print(f"  {kind:5} runs (ms): {' '.join(f'{t * 1000:.0f}' for t in times[kind])}")


if __name__ == "__main__":
    sys.exit(main())
