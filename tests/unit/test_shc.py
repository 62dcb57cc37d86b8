"""core.domain.shc: special handling codes and the security status."""

from __future__ import annotations

import pytest

from core.domain.shc import KNOWN_SHC, SECURITY_STATUSES, parse_security_status, parse_shcs
from core.errors import ValidationError


def _error(call: object, *args: object) -> ValidationError:
    with pytest.raises(ValidationError) as info:
        call(*args)  # type: ignore[operator]
    return info.value


@pytest.mark.parametrize(
    ("raw", "expected"),
    [
        ("ECM ELI", ("ECM", "ELI")),
        ("ecm,eli", ("ECM", "ELI")),
        ("ECM, ELI; CAO/PER", ("ECM", "ELI", "CAO", "PER")),
        (["ecm", "ELI"], ("ECM", "ELI")),
        (("GEN",), ("GEN",)),
        ("ELI ECM eli", ("ELI", "ECM")),  # de-duplicated, first order kept
        ("", ()),
        ("  ", ()),
        ([], ()),
        (None, ()),
    ],
)
def test_parse_shcs(raw: object, expected: tuple[str, ...]) -> None:
    assert parse_shcs(raw) == expected


def test_domain_codes_are_known() -> None:
    domain_codes = {"GEN", "ECM", "ELI", "ELM", "RLI", "RLM", "CAO", "ECC", "ECP"}
    assert domain_codes <= KNOWN_SHC.keys()
    assert "e-commerce" not in KNOWN_SHC["ECC"].lower()  # e-AWB, not e-commerce


@pytest.mark.parametrize(
    ("raw", "code"),
    [
        ("ECM XYZ", "shc.unknown"),
        ("EC", "shc.unknown"),
        ("ECM\x00", "shc.unknown"),
        ("ECM SPX", "shc.security_in_shc"),
        (["sco"], "shc.security_in_shc"),
        ("GEN ECM ELI CAO PER VAL AVI HEA BIG COL", "shc.too_many"),
        (5, "text.type"),
        (["ECM", 5], "text.type"),
        ({"ECM"}, "text.type"),
    ],
)
def test_parse_shcs_refuses(raw: object, code: str) -> None:
    error = _error(parse_shcs, raw)
    assert (error.code, error.field) == (code, "shc")


def test_nine_codes_fit_the_cargo_imp_sph_line() -> None:
    assert len(parse_shcs("GEN ECM ELI CAO PER VAL AVI HEA BIG")) == 9


def test_unknown_code_message_names_it() -> None:
    assert _error(parse_shcs, "ECM XYZ").message == "shc: unknown special handling code 'XYZ'"


@pytest.mark.parametrize(("raw", "expected"), [("spx", "SPX"), (" SCO ", "SCO"), ("NSC", "NSC")])
def test_parse_security_status(raw: str, expected: str) -> None:
    assert parse_security_status(raw) == expected
    assert expected in SECURITY_STATUSES


@pytest.mark.parametrize(
    ("raw", "code"),
    [
        ("", "text.required"),
        ("SHR", "security_status.unknown"),
        ("ECM", "security_status.unknown"),
        (None, "text.type"),
    ],
)
def test_parse_security_status_refuses(raw: object, code: str) -> None:
    error = _error(parse_security_status, raw)
    assert (error.code, error.field) == (code, "security_status")
