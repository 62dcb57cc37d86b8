"""The booking editor over a real database, driven from the keyboard as a clerk does."""

from __future__ import annotations

from datetime import date, timedelta
from typing import Any

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QInputMethodEvent
from PySide6.QtWidgets import QApplication, QMessageBox, QWidget

from core.services.views import FlightView
from gui.booking_editor import BookingEditor
from gui.data import DataAccess, FlightQuery
from gui.worker import BackgroundWorker

WAIT_MS = 20_000
CTRL = Qt.KeyboardModifier.ControlModifier


def lane_flight(data: DataAccess, origin: str, destination: str) -> FlightView:
    later = date.today() + timedelta(days=3)
    return data.load_flights(FlightQuery(origin, destination, date_from=later))[0]


def open_editor(
    qtbot: Any,
    worker: BackgroundWorker,
    jobs: BackgroundWorker,
    data: DataAccess,
    flight: FlightView | None = None,
) -> BookingEditor:
    editor = BookingEditor(worker, jobs, data, flight=flight)
    qtbot.addWidget(editor)
    editor.show()
    editor.activateWindow()
    qtbot.waitExposed(editor)
    if flight is not None:
        qtbot.waitUntil(lambda: editor.fields.flight.chosen() is not None, timeout=WAIT_MS)
    return editor


def type_text(qtbot: Any, field: QWidget, text: str) -> None:
    """ASCII as keys; Chinese as an input method commits it."""
    field.setFocus()
    if text.isascii():
        qtbot.keyClicks(field, text)
        return
    committed = QInputMethodEvent("", [])
    committed.setCommitString(text)
    QApplication.sendEvent(field, committed)


def keys(qtbot: Any, text: str, then: Qt.Key) -> None:
    """Each key to whatever has the focus, as the keyboard does (a cell's editor opens on
    the first digit)."""
    for char in text:
        qtbot.keyClicks(QApplication.focusWidget(), char)
    qtbot.keyClick(QApplication.focusWidget(), then)
    QApplication.processEvents()  # the delegate commits a cell on Enter by a queued call


def pick_first(qtbot: Any, editor: BookingEditor, lookup: str) -> None:
    popup = editor._lookups[lookup].completer.popup()
    qtbot.waitUntil(popup.isVisible, timeout=WAIT_MS)
    qtbot.keyClick(popup, Qt.Key.Key_Down)
    qtbot.keyClick(popup, Qt.Key.Key_Return)


def fill_cargo(
    qtbot: Any,
    editor: BookingEditor,
    *,
    pieces: str = "3",
    weight: str = "36.9",
    dims: tuple[tuple[str, str, str, str], ...] = (("60", "40", "35", "3"),),
) -> None:
    """The clerk's way through: Tab between fields and cells, Enter after a line's pieces
    for the next line, Tab out of the grid after the last."""
    f = editor.fields
    type_text(qtbot, f.shipper, "SH-CGO-001")
    qtbot.keyClick(f.shipper, Qt.Key.Key_Tab)
    type_text(qtbot, f.consignee, "CN-FRA-001")
    type_text(qtbot, f.goods, "Bluetooth earphones")
    type_text(qtbot, f.pieces, pieces)
    type_text(qtbot, f.weight, weight)
    grid = f.dimensions
    grid.setFocus()
    for n, line in enumerate(dims):
        for side, text in enumerate(line):
            last = side == 3 and n < len(dims) - 1
            keys(qtbot, text, Qt.Key.Key_Return if last else Qt.Key.Key_Tab)
    assert f.hs_code.hasFocus()
    qtbot.keyClicks(f.hs_code, "851830")


def test_a_customer_is_found_by_chinese_name_and_picked_with_keys(
    qtbot: Any, worker: BackgroundWorker, jobs: BackgroundWorker, data: DataAccess
) -> None:
    editor = open_editor(qtbot, worker, jobs, data)
    type_text(qtbot, editor.fields.shipper, "郑州")
    pick_first(qtbot, editor, "shipper")
    assert editor.fields.shipper.text().startswith("SH-CGO-")
    note = editor.fields.slots["shipper"].note
    assert note.isVisible() and "郑州" in note.text()


def test_liege_completes_to_lgg_and_the_picker_offers_only_that_lane(
    qtbot: Any, worker: BackgroundWorker, jobs: BackgroundWorker, data: DataAccess
) -> None:
    editor = open_editor(qtbot, worker, jobs, data)
    f = editor.fields
    type_text(qtbot, f.origin, "CGO")
    qtbot.keyClick(f.origin, Qt.Key.Key_Tab)
    type_text(qtbot, f.destination, "liege")
    pick_first(qtbot, editor, "destination")
    assert f.destination.text() == "LGG"
    qtbot.waitUntil(lambda: f.flight.count() > 0, timeout=WAIT_MS)
    flights = f.flight.flights.rows
    assert {(x.origin, x.destination) for x in flights} == {("CGO", "LGG")}
    # The popup shows the space each has left.
    model = f.flight.flights
    assert model.headerData(3, Qt.Orientation.Horizontal) == "Left kg"
    assert model.index(0, 3).data() == f"{flights[0].remaining_weight_kg:,}"
    f.flight.setFocus()
    qtbot.keyClick(f.flight, Qt.Key.Key_Down)
    assert f.flight.chosen() == flights[0]
    assert "left" in f.slots["flight"].note.text()


def test_dimensions_weights_and_quote_follow_the_typing_and_save_books(
    qtbot: Any, worker: BackgroundWorker, jobs: BackgroundWorker, data: DataAccess
) -> None:
    flight = lane_flight(data, "CGO", "FRA")
    editor = open_editor(qtbot, worker, jobs, data, flight)
    fill_cargo(qtbot, editor, dims=(("60", "40", "35", "2"), ("50", "40", "30", "1")))
    grid = editor.fields.dimensions
    assert grid.lines.rowCount() == 2  # Enter after the pieces added a line
    assert grid.lines.text() == "60x40x35x2,50x40x30x1"
    panel = editor.quote
    assert panel.volume.text() == "0.228 m³"
    assert panel.chargeable.text() == "38.0 kg"  # volumetric 38 kg beats 36.9 gross
    qtbot.waitUntil(lambda: panel.total_text().endswith("CNY"), timeout=WAIT_MS)
    first_total = panel.total_text()
    editor.fields.weight.selectAll()
    type_text(qtbot, editor.fields.weight, "120")
    assert panel.chargeable.text() == "120.0 kg"
    qtbot.waitUntil(lambda: panel.total_text() not in ("", first_total), timeout=WAIT_MS)

    with qtbot.waitSignal(editor.booked, timeout=WAIT_MS) as booked:
        qtbot.keyClick(editor.fields.hs_code, Qt.Key.Key_S, CTRL)
    view = booked.args[0]
    assert view.awb_number.startswith("020-") and view.flight.id == flight.id
    assert editor.summary.text().startswith(f"Booked: AWB {view.awb_number}, flight {flight.label}")
    assert editor.print_button.isEnabled() and editor.new_button.isEnabled()
    editor.new_booking()
    assert editor.fields.origin.text() == "CGO" and editor.fields.shipper.text() == ""
    assert editor.fields.flight.chosen() is not None


def test_core_errors_show_next_to_the_field_at_fault(
    qtbot: Any, worker: BackgroundWorker, jobs: BackgroundWorker, data: DataAccess
) -> None:
    editor = open_editor(qtbot, worker, jobs, data, lane_flight(data, "CGO", "FRA"))
    fill_cargo(qtbot, editor)
    f = editor.fields
    f.hs_code.clear()
    type_text(qtbot, f.hs_code, "851")
    qtbot.waitUntil(lambda: "hs_code" in f.errors(), timeout=WAIT_MS)
    assert "851830" in f.errors()["hs_code"]
    assert f.slots["hs_code"].error.isVisible()
    assert "shipper" not in f.errors()  # fields the clerk has not been in stay quiet
    f.weight.selectAll()
    type_text(qtbot, f.weight, "0")
    qtbot.waitUntil(lambda: "gross_weight_kg" in f.errors(), timeout=WAIT_MS)
    assert f.errors()["gross_weight_kg"] == "weight must be above 0 kg"
    f.hs_code.setFocus()
    qtbot.keyClick(f.hs_code, Qt.Key.Key_Return, CTRL)  # saving refuses, before the database
    qtbot.waitUntil(lambda: f.weight.hasFocus() or f.hs_code.hasFocus(), timeout=WAIT_MS)
    assert editor.view is None and not editor.summary.isVisible()


def test_a_full_flight_refuses_next_to_the_flight_picker(
    qtbot: Any, worker: BackgroundWorker, jobs: BackgroundWorker, data: DataAccess
) -> None:
    flight = lane_flight(data, "CGO", "BUD")
    editor = open_editor(qtbot, worker, jobs, data, flight)
    f = editor.fields
    left = flight.remaining_weight_kg
    fill_cargo(qtbot, editor, pieces="1", weight=str(left - 10), dims=(("100", "100", "100", "1"),))
    f.consignee.clear()
    type_text(qtbot, f.consignee, "CN-BUD-001")
    with qtbot.waitSignal(editor.booked, timeout=WAIT_MS):
        qtbot.keyClick(f.goods, Qt.Key.Key_S, CTRL)
    qtbot.waitUntil(lambda: "10.000 kg and" in f.slots["flight"].note.text(), timeout=WAIT_MS)
    qtbot.keyClick(editor.new_button, Qt.Key.Key_Space)
    fill_cargo(qtbot, editor, pieces="1", weight="20", dims=(("100", "100", "100", "1"),))
    f.consignee.clear()
    type_text(qtbot, f.consignee, "CN-BUD-001")
    qtbot.keyClick(f.goods, Qt.Key.Key_S, CTRL)
    qtbot.waitUntil(lambda: "flight" in f.errors(), timeout=WAIT_MS)
    assert "10.0 kg" in f.errors()["flight"] and "needs 20.0 kg" in f.errors()["flight"]
    assert f.flight.hasFocus()
    assert editor.view is None


def test_escape_asks_before_discarding_what_was_typed(
    qtbot: Any, worker: BackgroundWorker, jobs: BackgroundWorker, data: DataAccess
) -> None:
    editor = open_editor(qtbot, worker, jobs, data)
    type_text(qtbot, editor.fields.goods, "Cotton T-shirts")
    qtbot.keyClick(editor.fields.goods, Qt.Key.Key_Escape)
    box = editor.discard_question
    qtbot.waitUntil(box.isVisible)
    qtbot.keyClick(box, Qt.Key.Key_Escape)  # Cancel: keep typing
    qtbot.waitUntil(lambda: not box.isVisible())
    assert editor.isVisible()
    qtbot.keyClick(editor.fields.goods, Qt.Key.Key_Escape)
    box = editor.discard_question
    qtbot.waitUntil(box.isVisible)
    box.button(QMessageBox.StandardButton.Discard).click()
    qtbot.waitUntil(lambda: not editor.isVisible())


def test_the_models_pass_the_model_tester(
    qtmodeltester: Any,
    qtbot: Any,
    worker: BackgroundWorker,
    jobs: BackgroundWorker,
    data: DataAccess,
) -> None:
    editor = open_editor(qtbot, worker, jobs, data, lane_flight(data, "CGO", "FRA"))
    qtmodeltester.check(editor.fields.flight.flights)
    lines = editor.fields.dimensions.lines
    lines.set_lines([("60", "40", "35", "3"), ("", "", "", "")])
    qtmodeltester.check(lines)
    assert lines.text() == "60x40x35x3"


def test_print_offers_the_awb_labels_and_invoice_of_the_booking(
    qtbot: Any,
    worker: BackgroundWorker,
    jobs: BackgroundWorker,
    data: DataAccess,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    import gui.document_view
    from core.services.seller import set_seller

    set_seller(data.units()(), name="Zhengzhou Forwarding", city="Zhengzhou", country="CN")
    shown: list[dict[str, Any]] = []
    monkeypatch.setattr(
        gui.document_view, "show_document", lambda parent, w, **kw: shown.append(kw | {"w": w})
    )
    editor = open_editor(qtbot, worker, jobs, data, lane_flight(data, "CGO", "FRA"))
    fill_cargo(qtbot, editor)
    with qtbot.waitSignal(editor.booked, timeout=WAIT_MS) as booked:
        qtbot.keyClick(editor.fields.hs_code, Qt.Key.Key_Return, CTRL)
    awb = booked.args[0].awb_number
    assert [a.text() for a in editor.print_menu.actions()] == [
        "&Air waybill",
        "&Labels",
        "&Invoice",
    ]
    editor.print_awb()
    editor.print_labels()
    assert [s["file_name"] for s in shown] == [f"awb-{awb}.pdf", f"labels-{awb}.pdf"]
    assert all(s["w"] is jobs for s in shown)
    assert shown[1]["make_pdf"]().startswith(b"%PDF")
