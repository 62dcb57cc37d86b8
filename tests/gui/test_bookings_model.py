"""The lazy bookings model, tested without any widget (ARCHITECTURE rule 7)."""

from __future__ import annotations

from decimal import Decimal
from typing import Any

import pytest
from PySide6.QtCore import QModelIndex, QPersistentModelIndex, Qt

from core.services.views import ConsignmentRow
from gui.bookings_model import BOOKING_ROLE, SORT_KEYS, BookingsModel, Column
from gui.i18n import Languages
from tests.gui.samples import make_row

DISPLAY = Qt.ItemDataRole.DisplayRole
ASC, DESC = Qt.SortOrder.AscendingOrder, Qt.SortOrder.DescendingOrder


def newest_first(count: int, **changes: Any) -> list[ConsignmentRow]:
    rows = [make_row(**changes) for _ in range(count)]
    return sorted(rows, key=lambda r: r.id, reverse=True)


def asked(model: BookingsModel) -> list[tuple[int, int]]:
    """Fetch once, and say which pages the model asked for."""
    wanted: list[tuple[int, int]] = []
    model.page_wanted.connect(lambda generation, offset: wanted.append((generation, offset)))
    model.fetchMore(QModelIndex())
    return wanted


def column(model: BookingsModel, which: Column) -> list[str]:
    return [model.index(r, which).data() for r in range(model.rowCount())]


@pytest.fixture
def model(qapp: object) -> BookingsModel:
    """A search under way: one full page of three loaded, more to fetch."""
    bookings = BookingsModel(page_size=3)
    generation = bookings.restart()
    bookings.add_page(generation, newest_first(3))
    return bookings


def test_passes_qt_model_tester_empty_loading_and_sorted(
    qtmodeltester: Any, model: BookingsModel
) -> None:
    qtmodeltester.check(BookingsModel(), force_py=True)
    qtmodeltester.check(model, force_py=True)
    model.sort(Column.SHIPPER, DESC)
    qtmodeltester.check(model, force_py=True)


def test_nothing_is_fetched_before_a_search(qapp: object) -> None:
    idle = BookingsModel()
    assert not idle.canFetchMore(QModelIndex())
    assert asked(idle) == []


def test_fetch_more_asks_for_the_page_after_the_loaded_rows(model: BookingsModel) -> None:
    assert model.canFetchMore(QModelIndex())
    assert asked(model) == [(model.generation, 3)]
    assert not model.canFetchMore(QModelIndex())  # one page in flight at a time
    assert model.add_page(model.generation, newest_first(3))
    assert model.rowCount() == 6 and model.canFetchMore(QModelIndex())


def test_a_short_page_is_the_last(model: BookingsModel) -> None:
    asked(model)
    model.add_page(model.generation, newest_first(1))
    assert model.rowCount() == 4
    assert model.is_complete and not model.canFetchMore(QModelIndex())


def test_a_page_of_an_earlier_search_is_dropped(model: BookingsModel) -> None:
    old = model.generation
    new = model.restart()
    assert model.rowCount() == 0 and new != old
    assert not model.add_page(old, newest_first(3))
    assert model.rowCount() == 0


def test_a_failed_page_stops_fetching(model: BookingsModel) -> None:
    asked(model)
    model.page_failed(model.generation)
    assert not model.canFetchMore(QModelIndex()) and model.is_complete


def test_a_row_reads_as_the_clerk_sees_it(qapp: object) -> None:
    bookings = BookingsModel()
    row = make_row(gross_weight_kg=Decimal("1234.500"), space_status="confirmed", milestone="DEP")
    bookings.add_page(bookings.restart(), [row])
    shown = [bookings.index(0, c).data() for c in Column]
    assert shown == [
        row.awb_number,
        row.booking_ref,
        "郑州豫通跨境电子商务有限公司",
        "Rhein-Main Fulfilment GmbH",
        "CGO → FRA",
        "LH8407",
        "2026-12-01",
        "3",
        "1,234.500",
        "42.000",
        "Confirmed",
        "Departed",
    ]
    assert bookings.index(0, Column.STATUS).data(BOOKING_ROLE) is row


def test_a_cancelled_booking_is_greyed_and_says_so(qapp: object) -> None:
    bookings = BookingsModel()
    bookings.add_page(bookings.restart(), [make_row(status="cancelled"), make_row()])
    foreground = Qt.ItemDataRole.ForegroundRole
    assert bookings.index(0, Column.STATUS).data() == "Cancelled"
    assert bookings.index(0, Column.AWB).data(foreground) is not None
    assert bookings.index(1, Column.AWB).data(foreground) is None


def test_numbers_are_right_aligned(model: BookingsModel) -> None:
    align = Qt.ItemDataRole.TextAlignmentRole
    for which in (Column.PIECES, Column.GROSS_KG, Column.CHARGEABLE_KG):
        assert model.index(0, which).data(align) & Qt.AlignmentFlag.AlignRight
    assert model.index(0, Column.SHIPPER).data(align) & Qt.AlignmentFlag.AlignLeft


def test_a_column_the_service_cannot_order_sorts_the_loaded_rows(qapp: object) -> None:
    model = BookingsModel(page_size=3)
    rows = [make_row(gross_weight_kg=Decimal(kg)) for kg in ("5.000", "50.000", "0.500")]
    model.add_page(model.restart(), rows)
    held = QPersistentModelIndex(model.index(0, Column.AWB))
    first = model.booking_at(0)
    model.sort(Column.GROSS_KG, ASC)
    assert column(model, Column.GROSS_KG) == ["0.500", "5.000", "50.000"]
    assert model.sorted_locally
    assert model.booking_at(held.row()) is first
    model.sort(Column.GROSS_KG, DESC)
    assert column(model, Column.GROSS_KG) == ["50.000", "5.000", "0.500"]


def test_pages_fetched_later_join_the_local_sort(model: BookingsModel) -> None:
    model.sort(Column.PIECES, ASC)
    asked(model)
    model.add_page(model.generation, newest_first(2, pieces=1))
    assert column(model, Column.PIECES) == ["1", "1", "3", "3", "3"]


def test_clearing_the_sort_is_newest_first_again(model: BookingsModel) -> None:
    ids = [model.booking_at(r).id for r in range(model.rowCount())]
    model.sort(Column.AWB, ASC)
    model.sort(-1, DESC)
    assert [model.booking_at(r).id for r in range(model.rowCount())] == ids
    assert not model.sorted_locally


def test_a_column_the_service_orders_searches_again_in_sql(model: BookingsModel) -> None:
    model.sql_sorts = frozenset({SORT_KEYS[Column.DATE]})
    wanted: list[bool] = []
    model.order_wanted.connect(lambda: wanted.append(True))
    model.sort(Column.DATE, DESC)
    assert wanted == [True]
    model.restart()
    assert model.sql_order() == ("departure_date", True)
    assert not model.sorted_locally
    model.sort(-1, DESC)  # back to newest first: also the service's to give
    assert wanted == [True, True]


def test_headers_name_every_column_and_explain_the_short_ones(model: BookingsModel) -> None:
    headers = [model.headerData(c, Qt.Orientation.Horizontal) for c in Column]
    assert headers[:3] == ["AWB", "Booking", "Shipper"]
    assert headers[-3:] == ["Chg. kg", "Space", "Status"]
    tip = model.headerData(
        Column.CHARGEABLE_KG, Qt.Orientation.Horizontal, Qt.ItemDataRole.ToolTipRole
    )
    assert tip == "Chargeable weight, kg"


def test_chinese_names_sort_by_pinyin_in_chinese(qapp: object, languages: Languages) -> None:
    names = ["郑州豫通", "广西桂南", "杭州拾光", "南阳玉润"]
    model = BookingsModel()
    model.add_page(model.restart(), [make_row(shipper=name) for name in names])
    languages.use("zh_CN")
    model.sort(Column.SHIPPER, ASC)
    # guangxi, hangzhou, nanyang, zhengzhou
    assert column(model, Column.SHIPPER) == ["广西桂南", "杭州拾光", "南阳玉润", "郑州豫通"]
