"""Every finding code the customs checks report is in the GUI's catalogue, for lupdate.

The codes are found in core's source, not by running it: an AST walk over
core/domain/customs*.py collects the code literal of every ``Finding(...)`` and of every
helper that passes its ``code`` parameter on to one (``finding(...)``, ``_above_zero(...)``),
plus the codes of the errors a ``try`` turns into findings with ``Finding.from_error``
(core.domain.lithium's rules, followed through the module's own helpers).
"""

from __future__ import annotations

import ast
from collections.abc import Iterator
from pathlib import Path

import pytest

from core.domain.customs_findings import Finding, Severity
from gui.consolidation_check import rule_text
from gui.finding_codes import FINDING_CODES
from gui.i18n import Languages
from tests.gui.catalogue import installed_catalogue

ROOT = Path(__file__).resolve().parents[2]
CUSTOMS = sorted((ROOT / "core" / "domain").glob("customs*.py"))
# Error constructor name -> position of its code argument (as in test_error_codes.py).
ERRORS = {
    "FreightDeskError": 0,
    "CapacityExceeded": 0,
    "StockExhausted": 0,
    "InvalidState": 0,
    "Conflict": 0,
    "PermissionDenied": 0,
    "ValidationError": 1,
}


def _name(call: ast.Call) -> str | None:
    func = call.func
    return func.id if isinstance(func, ast.Name) else getattr(func, "attr", None)


def _argument(call: ast.Call, position: int, keyword: str) -> ast.expr | None:
    if position < len(call.args):
        return call.args[position]
    return next((k.value for k in call.keywords if k.arg == keyword), None)


def _literal(node: ast.expr | None) -> str | None:
    is_text = isinstance(node, ast.Constant) and isinstance(node.value, str)
    return node.value if is_text else None  # type: ignore[union-attr]


def _parse(path: Path) -> ast.Module:
    return ast.parse(path.read_text(encoding="utf-8"), str(path))


def _functions(tree: ast.Module) -> Iterator[ast.FunctionDef]:
    yield from (node for node in ast.walk(tree) if isinstance(node, ast.FunctionDef))


def _makers(trees: list[ast.Module]) -> dict[str, int]:
    """Calls that make a finding -> position of their code argument.

    ``Finding`` itself, then any function whose parameter becomes the code of one, until no
    new helper turns up (``finding`` forwards to Finding, ``_above_zero`` to finding).
    """
    makers = {"Finding": 0}
    grown = True
    while grown:
        grown = False
        for func in (f for tree in trees for f in _functions(tree)):
            params = [a.arg for a in func.args.args]
            for call in (c for c in ast.walk(func) if isinstance(c, ast.Call)):
                name = _name(call) or ""
                code = _argument(call, makers.get(name, -1), "code") if name in makers else None
                if isinstance(code, ast.Name) and code.id in params and func.name not in makers:
                    makers[func.name] = params.index(code.id)
                    grown = True
    return makers


def _made_codes(trees: list[ast.Module]) -> set[str]:
    makers = _makers(trees)
    codes: set[str] = set()
    for call in (c for tree in trees for c in ast.walk(tree) if isinstance(c, ast.Call)):
        name = _name(call) or ""
        if name in makers:
            code = _literal(_argument(call, makers[name], "code"))
            if code is not None:
                codes.add(code)
    return codes


def _imported(tree: ast.Module) -> dict[str, Path]:
    """Names imported from core modules -> the module's file."""
    found: dict[str, Path] = {}
    for node in ast.walk(tree):
        if isinstance(node, ast.ImportFrom) and (node.module or "").startswith("core."):
            path = ROOT.joinpath(*(node.module or "").split(".")).with_suffix(".py")
            found.update((alias.asname or alias.name, path) for alias in node.names)
    return found


def _raised_by(path: Path, name: str) -> set[str]:
    """Error codes a module's function raises, itself or through the module's functions."""
    functions = {func.name: func for func in _functions(_parse(path))}
    codes: set[str] = set()
    seen: set[str] = set()
    todo = [name]
    while todo:
        current = todo.pop()
        if current in seen or current not in functions:
            continue
        seen.add(current)
        for call in (c for c in ast.walk(functions[current]) if isinstance(c, ast.Call)):
            called = _name(call) or ""
            if called in ERRORS:
                code = _literal(_argument(call, ERRORS[called], "code"))
                if code is not None:
                    codes.add(code)
            todo.append(called)
    return codes


def _error_codes(trees: list[ast.Module]) -> set[str]:
    """Codes of errors caught and reported with ``Finding.from_error``."""
    codes: set[str] = set()
    for tree in trees:
        imported = _imported(tree)
        for node in (n for n in ast.walk(tree) if isinstance(n, ast.Try)):
            handlers = [c for h in node.handlers for c in ast.walk(h) if isinstance(c, ast.Call)]
            if not any(_name(call) == "from_error" for call in handlers):
                continue
            calls = [c for s in node.body for c in ast.walk(s) if isinstance(c, ast.Call)]
            for name in (_name(call) or "" for call in calls):
                if name in imported:
                    codes |= _raised_by(imported[name], name)
    return codes


def finding_codes() -> set[str]:
    trees = [_parse(path) for path in CUSTOMS]
    return _made_codes(trees) | _error_codes(trees)


def test_every_code_the_customs_checks_report_is_in_the_catalogue() -> None:
    codes = finding_codes()
    # The walk found the checks' own findings and the lithium errors they pass on.
    assert {"ioss.malformed", "house.pieces", "lithium.state_of_charge"} <= codes
    missing = sorted(codes - set(FINDING_CODES))
    assert not missing, f"add these to gui/finding_codes.py (and /tmp/zh/findings.json): {missing}"


def test_the_catalogue_lists_each_code_once_and_only_codes_core_reports() -> None:
    assert len(FINDING_CODES) == len(set(FINDING_CODES))
    stale = sorted(set(FINDING_CODES) - finding_codes())
    assert not stale, f"no longer reported, remove from gui/finding_codes.py: {stale}"


ZH_TEMPLATES = {
    "ioss.malformed": "{value} 不是有效的 IOSS 编号：应为 IM 加 10 位数字，例如 IM2760000001",
    "house.pieces": "件数必须大于 0（现为 {value}）",
}


@pytest.fixture
def zh_findings(tmp_path: Path, languages: Languages) -> Iterator[None]:
    languages.use("zh_CN")
    with installed_catalogue(tmp_path, "findings", ZH_TEMPLATES):
        yield


def test_a_finding_reads_in_chinese_with_its_params(zh_findings: None) -> None:
    malformed = Finding(
        "ioss.malformed", Severity.BLOCKING, "ioss_number", "not an IOSS number", {"value": "IM1"}
    )
    assert (
        rule_text(malformed) == "IM1 不是有效的 IOSS 编号：应为 IM 加 10 位数字，例如 IM2760000001"
    )


def test_without_the_params_a_template_needs_the_english_text_stays(zh_findings: None) -> None:
    bare = Finding("house.pieces", Severity.BLOCKING, "pieces", "the number of pieces must be")
    assert rule_text(bare) == "the number of pieces must be"
    unknown = Finding("house.not_a_rule", Severity.INFO, "items", "as core says it")
    assert rule_text(unknown) == "as core says it"
