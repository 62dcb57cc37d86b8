"""core.imports.parcels: the fast path for number cells reads them as the exact path does."""

from __future__ import annotations

import pytest
from hypothesis import example, given, settings
from hypothesis import strategies as st

from core.imports.parcel_cells import CellRefused, exact_number_text, number_text


def _read(reader: object, cell: float) -> str | tuple[str, str]:
    try:
        return reader(cell, "unit_value")  # type: ignore[operator, no-any-return]
    except CellRefused as why:
        return why.code, why.reason


# Cells as Excel holds them: typed decimals (few places) and arbitrary floats.
_TYPED = st.decimals(
    min_value=-(10**16), max_value=10**16, places=7, allow_nan=False, allow_infinity=False
).map(float)


@settings(max_examples=1000)
@given(st.one_of(st.floats(), _TYPED))
@example(0.0)
@example(-0.0)
@example(1e15)
@example(999999999999999.0)
@example(0.1 + 0.2)
@example(1.5e-05)
@example(12.1234567)
@example(float(2**70))
def test_fast_path_reads_as_the_exact_path(cell: float) -> None:
    assert _read(number_text, cell) == _read(exact_number_text, cell)


@pytest.mark.parametrize(
    ("cell", "text"), [(34.0, "34"), (27.5, "27.5"), (-3.25, "-3.25"), (0.0, "0"), (-0.0, "0")]
)
def test_number_cells_read_as_typed(cell: float, text: str) -> None:
    assert number_text(cell, "unit_value") == text
