"""Every error code core raises is in the GUI's catalogue, so lupdate offers it to translate.

The codes are found in core's source, not by running it: an AST walk over core/ collects
the code literal of every error constructor, plus the literals handed to the small helpers
that pass a ``code`` parameter on to one (``parse_decimal(value, field, "weight.…")``).
"""

from __future__ import annotations

import ast
from collections.abc import Iterator
from pathlib import Path

import pytest

from core.errors import ValidationError
from gui.error_codes import ERROR_CODES
from gui.errors import error_text, field_message
from gui.i18n import Languages
from tests.gui.catalogue import installed_catalogue

CORE = Path(__file__).resolve().parents[2] / "core"
# Constructor name -> position of its code argument (NotFound builds "<what>.not_found").
ERRORS = {
    "FreightDeskError": 0,
    "CapacityExceeded": 0,
    "StockExhausted": 0,
    "InvalidState": 0,
    "Conflict": 0,
    "PermissionDenied": 0,
    "ValidationError": 1,
    "NotFound": 0,
}
FIXED = {"Cancelled": "job.cancelled"}


def _name(call: ast.Call) -> str | None:
    func = call.func
    return func.id if isinstance(func, ast.Name) else getattr(func, "attr", None)


def _argument(call: ast.Call, position: int, keyword: str) -> ast.expr | None:
    if position < len(call.args):
        return call.args[position]
    return next((k.value for k in call.keywords if k.arg == keyword), None)


def _trees() -> Iterator[ast.Module]:
    for path in sorted(CORE.rglob("*.py")):
        yield ast.parse(path.read_text(encoding="utf-8"), str(path))


def _forwarders(trees: list[ast.Module]) -> dict[str, tuple[int, str, str]]:
    """Helpers whose parameter ends up as an error's code: name -> (position, param, suffix).

    The suffix covers ``f"{field}.unknown"``: the helper's ``field`` argument plus it.
    """
    found: dict[str, tuple[int, str, str]] = {}
    for tree in trees:
        for func in ast.walk(tree):
            if not isinstance(func, ast.FunctionDef):
                continue
            params = [a.arg for a in func.args.args]
            for call in ast.walk(func):
                if not isinstance(call, ast.Call) or _name(call) not in ERRORS:
                    continue
                code = _argument(call, ERRORS[_name(call) or ""], "code")
                if isinstance(code, ast.Name) and code.id in params:
                    found[func.name] = (params.index(code.id), code.id, "")
                elif isinstance(code, ast.JoinedStr) and len(code.values) == 2:
                    head, tail = code.values
                    if (
                        isinstance(head, ast.FormattedValue)
                        and isinstance(head.value, ast.Name)
                        and isinstance(tail, ast.Constant)
                        and head.value.id in params
                    ):
                        name = head.value.id
                        found[func.name] = (params.index(name), name, str(tail.value))
    return found


def raised_codes() -> set[str]:
    trees = list(_trees())
    forwarders = _forwarders(trees)
    codes: set[str] = set()
    for tree in trees:
        for call in ast.walk(tree):
            if not isinstance(call, ast.Call):
                continue
            name = _name(call) or ""
            if name in FIXED:
                codes.add(FIXED[name])
            if name in ERRORS:
                code = _argument(call, ERRORS[name], "what" if name == "NotFound" else "code")
                suffix = ".not_found" if name == "NotFound" else ""
            elif name in forwarders:
                position, keyword, suffix = forwarders[name]
                code = _argument(call, position, keyword)
            else:
                continue
            if isinstance(code, ast.Constant) and isinstance(code.value, str):
                codes.add(code.value + suffix)
    return codes


def test_every_code_core_raises_is_in_the_catalogue() -> None:
    codes = raised_codes()
    assert len(codes) > 150  # the walk found core's errors, not nothing
    missing = sorted(codes - set(ERROR_CODES))
    assert not missing, f"add these to gui/error_codes.py (and /tmp/zh/errors.json): {missing}"


def test_the_catalogue_lists_each_code_once() -> None:
    assert len(ERROR_CODES) == len(set(ERROR_CODES))


# Templates as in the Chinese catalogue; the shipped .qm is rebuilt from the .ts later, so
# the test compiles its own small one with the same lrelease the build uses.
ZH_TEMPLATES = {
    "text.too_long": "最多 {max_len} 个字符（现为 {length} 个）",
    "date.format": "日期格式应为 2026-12-01（输入的是 {value}）",
    "awb.in_use": "运单号 {awb} 正被订舱 {booking} 使用，请改为取消该订舱",
}


@pytest.fixture
def zh_errors(tmp_path: Path, languages: Languages) -> Iterator[None]:
    languages.use("zh_CN")
    with installed_catalogue(tmp_path, "errors", ZH_TEMPLATES):
        yield


def test_a_validation_error_is_shown_in_chinese_beside_its_field(zh_errors: None) -> None:
    from core.domain.clock import parse_date
    from core.domain.text import clean_text

    with pytest.raises(ValidationError) as too_long:
        clean_text("x" * 85, "name", max_len=70)
    assert field_message(too_long.value) == ("name", "最多 70 个字符（现为 85 个）")
    # The status bar, where no field is beside it, still says which field it is about.
    assert error_text(too_long.value) == "name: 最多 70 个字符（现为 85 个）"
    with pytest.raises(ValidationError) as bad_date:
        parse_date("2026-13-45", "flight_date")
    assert field_message(bad_date.value) == (
        "flight_date",
        "日期格式应为 2026-12-01（输入的是 2026-13-45）",
    )


def test_a_state_error_names_its_records_in_chinese(zh_errors: None) -> None:
    from core.errors import InvalidState

    error = InvalidState(
        "awb.in_use",
        "020-12345675 is used by booking B-17: cancel the booking instead",
        field="awb_number",
        awb="020-12345675",
        booking="B-17",
    )
    assert field_message(error) == (
        "awb_number",
        "运单号 020-12345675 正被订舱 B-17 使用，请改为取消该订舱",
    )


def test_without_the_params_a_template_needs_the_english_text_stays(zh_errors: None) -> None:
    error = ValidationError("name", "text.too_long", "name: at most 70 characters (got 85)")
    assert field_message(error) == ("name", "at most 70 characters (got 85)")
    # A code no catalogue knows: English it is.
    untranslated = ValidationError("destination", "route.not_a_code", "must differ")
    assert field_message(untranslated) == ("destination", "must differ")
