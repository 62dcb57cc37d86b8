"""English and Simplified Chinese: switched while the app runs, complete, compiled, and Qt's
own texts translated too."""

from __future__ import annotations

import re
import shutil
import subprocess
import sys
import xml.etree.ElementTree as ET
from functools import partial
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import QCoreApplication, QSettings, Qt
from PySide6.QtWidgets import QDialogButtonBox

from core.errors import NotFound
from gui.bookings_model import Column
from gui.data import open_data
from gui.errors import error_text
from gui.i18n import Languages
from gui.worker import BackgroundWorker
from tests.gui.windows import LOAD_TIMEOUT_MS, shown_window

REPO = Path(__file__).resolve().parents[2]
CATALOGUES = REPO / "resources" / "translations"
TOOLS = Path(sys.executable).parent
UPDATE = (
    "pyside6-lupdate -no-obsolete gui/*.py -ts resources/translations/freightdesk_zh_CN.ts; "
    "pyside6-lupdate -no-obsolete -pluralonly gui/*.py "
    "-ts resources/translations/freightdesk_en.ts; "
    "translate the new texts (Qt Linguist); pyside6-lrelease resources/translations/*.ts"
)


def messages(ts: Path) -> dict[tuple[str, str], list[str]]:
    """(context, source) -> translations (numerus forms), as a .ts file holds them."""
    found: dict[tuple[str, str], list[str]] = {}
    for context in ET.parse(ts).getroot().iter("context"):
        name = context.findtext("name") or ""
        for message in context.iter("message"):
            translation = message.find("translation")
            assert translation is not None
            if translation.get("type") in {"unfinished", "vanished", "obsolete"}:
                forms = []
            else:
                forms = [f.text or "" for f in translation.iter("numerusform")] or [
                    translation.text or ""
                ]
            found[(name, message.findtext("source") or "")] = forms
    return found


def test_switching_to_chinese_translates_what_the_screen_says(
    qtbot: Any,
    worker: BackgroundWorker,
    bookings_db: Path,
    settings: QSettings,
    languages: Languages,
) -> None:
    window = shown_window(
        qtbot, worker, partial(open_data, bookings_db), settings, languages=languages
    )
    window.show_screen(1)
    window.bookings.open_row(0)
    qtbot.waitUntil(lambda: window.bookings.detail_dialog is not None, timeout=LOAD_TIMEOUT_MS)
    awb = window.bookings.model.booking_at(0).awb_number
    window.actions_by_name["language_zh_CN"].trigger()
    qtbot.waitUntil(lambda: window.navigation.item(0).text() == "航班", timeout=LOAD_TIMEOUT_MS)
    bookings, header = window.bookings, Qt.Orientation.Horizontal
    assert [window.navigation.item(r).text() for r in range(2)] == ["航班", "订舱"]
    assert [m.title() for m in (window.file_menu, window.edit_menu, window.view_menu)] == [
        "文件(&F)",
        "编辑(&E)",
        "视图(&V)",
    ]
    assert bookings.model.headerData(Column.AWB, header) == "运单号"
    assert bookings.model.headerData(Column.SHIPPER, header) == "发货人"
    assert bookings.labels["customer"].text() == "客户(&U)："
    assert bookings.search_button.text() == "查询(&S)"
    assert bookings.model.index(0, Column.STATUS).data() == "已订舱"
    assert bookings.status_combo.itemText(0) == "全部状态"
    qtbot.waitUntil(lambda: window.status_label.text() == f"订舱 {awb}")  # the page's last word
    assert window.office_label.text() == "办事处：CGO"
    assert window.flights.model.headerData(0, header) == "航班"
    assert settings.value("view/language") == "zh_CN"
    dialog = window.bookings.detail_dialog
    assert dialog is not None and dialog.windowTitle().startswith("订舱 ")
    assert {"发货人", "收货人", "货物", "运输节点"} <= set(dialog.texts())
    dialog.close()
    window.refresh()
    qtbot.waitUntil(lambda: window.status_label.text() == "共 6 票订舱", timeout=LOAD_TIMEOUT_MS)
    window.actions_by_name["language_en"].trigger()
    qtbot.waitUntil(lambda: window.status_label.text() == "6 bookings")
    assert window.navigation.item(0).text() == "Flights"
    window.close()


def test_qt_own_buttons_and_core_errors_speak_chinese(qapp: Any, languages: Languages) -> None:
    languages.use("zh_CN")
    close = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
    assert close.button(QDialogButtonBox.StandardButton.Close).text() == "关闭"
    assert error_text(NotFound("booking", "020-12345675")) == "找不到订舱 020-12345675"
    assert QCoreApplication.translate("BookingsPage", "%n bookings", "", 1) == "共 1 票订舱"


def test_english_says_one_booking_not_one_bookings(qapp: Any, languages: Languages) -> None:
    assert QCoreApplication.translate("BookingsPage", "%n bookings", "", 1) == "1 booking"
    assert QCoreApplication.translate("BookingsPage", "%n bookings", "", 2) == "2 bookings"
    assert error_text(NotFound("booking", "X")) == "no booking X"  # core's own English


@pytest.fixture(scope="module")
def fresh_catalogues(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The .ts files as lupdate makes them from today's sources, translations kept."""
    folder = tmp_path_factory.mktemp("ts")
    for name, extra in (("freightdesk_zh_CN.ts", []), ("freightdesk_en.ts", ["-pluralonly"])):
        shutil.copyfile(CATALOGUES / name, folder / name)
        sources = sorted(str(p) for p in (REPO / "gui").glob("*.py"))
        command = [str(TOOLS / "pyside6-lupdate"), "-no-obsolete", *extra, *sources]
        subprocess.run([*command, "-ts", str(folder / name)], check=True, capture_output=True)
    return folder


@pytest.mark.parametrize("name", ["freightdesk_zh_CN.ts", "freightdesk_en.ts"])
def test_every_text_of_the_gui_has_its_translation(fresh_catalogues: Path, name: str) -> None:
    shipped, current = messages(CATALOGUES / name), messages(fresh_catalogues / name)
    assert set(shipped) == set(current), f"texts changed; update the catalogues: {UPDATE}"
    untranslated = [key for key, forms in current.items() if not all(forms)]
    assert untranslated == [], f"translate these: {untranslated}"


def placeholders(text: str) -> set[str]:
    return set(re.findall(r"\{\w+\}|%n", text))


def test_chinese_translations_keep_every_placeholder_and_mnemonic() -> None:
    for (context, source), forms in messages(CATALOGUES / "freightdesk_zh_CN.ts").items():
        for form in forms:
            if context in ("errors", "findings"):
                # The source is core's code: a template's placeholders are the params core
                # gives (tests/gui/test_error_codes.py, test_finding_codes.py check them).
                assert "&" not in form, (source, form)
                continue
            assert placeholders(form) == placeholders(source), (source, form)
            assert ("&" in source) == ("&" in form), (source, form)


@pytest.mark.parametrize("name", ["freightdesk_zh_CN", "freightdesk_en"])
def test_the_shipped_qm_is_compiled_from_the_shipped_ts(tmp_path: Path, name: str) -> None:
    compiled = tmp_path / f"{name}.qm"
    command = [str(TOOLS / "pyside6-lrelease"), str(CATALOGUES / f"{name}.ts"), "-qm"]
    subprocess.run([*command, str(compiled)], check=True, capture_output=True)
    assert compiled.read_bytes() == (CATALOGUES / f"{name}.qm").read_bytes(), UPDATE


def test_every_marked_text_names_its_context_literally() -> None:
    """lupdate reads source text, not Python: QT_TRANSLATE_NOOP(CONTEXT, ...) with a name
    for its context is never extracted, and the text would stay English."""
    import ast

    hidden = []
    for path in sorted((REPO / "gui").glob("*.py")):
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if (
                isinstance(node, ast.Call)
                and getattr(node.func, "id", None) == "QT_TRANSLATE_NOOP"
                and not isinstance(node.args[0], ast.Constant)
            ):
                hidden.append(f"{path.name}:{node.lineno}")
    assert hidden == []


def test_every_text_has_the_context_it_is_looked_up_in() -> None:
    """A text lupdate files under no context (a ``tr("...")`` helper outside a class) is
    looked up in a named one at run time and never found."""
    names = [
        c.findtext("name") for c in ET.parse(CATALOGUES / "freightdesk_zh_CN.ts").iter("context")
    ]
    assert all(names)
