"""What the customs and dangerous-goods checks report: findings and their summary.

A finding is BLOCKING (the house cannot go on the consolidation until it is fixed),
WARNING (it may go, but the clerk should know: VAT collected at import, a vague word beside
specific ones) or INFO (a cost or a fact to pass on, e.g. the EU flat duty). Like errors,
a finding has a stable ``code`` the GUI translates by, ``params`` and an English message.
"""

from __future__ import annotations

import dataclasses
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from enum import StrEnum
from types import MappingProxyType
from typing import Any

from core.errors import FreightDeskError


class Severity(StrEnum):
    BLOCKING = "blocking"
    WARNING = "warning"
    INFO = "info"


_RANK = {Severity.BLOCKING: 0, Severity.WARNING: 1, Severity.INFO: 2}


@dataclass(frozen=True)
class Finding:
    code: str  # "ics2.vague_description", "ioss.malformed", "lithium.state_of_charge"...
    severity: Severity
    field: str  # "items[0].hs_code", "consignee.address", "ioss_number", "lithium.cell_wh"
    message: str  # English default, saying the rule; not prefixed with the field
    params: Mapping[str, Any] = dataclasses.field(default_factory=dict, hash=False)

    def __post_init__(self) -> None:
        # Read-only view: a frozen finding must not change through its params either.
        object.__setattr__(self, "params", MappingProxyType(dict(self.params)))

    @property
    def is_blocking(self) -> bool:
        return self.severity is Severity.BLOCKING

    @classmethod
    def from_error(cls, error: FreightDeskError, severity: Severity) -> Finding:
        """A rule that raises (core.domain.lithium) reported as a finding, code unchanged."""
        field_name = error.field or ""
        # Error messages start with their field; a finding's message does not.
        message = error.message.removeprefix(f"{field_name}: ") if field_name else error.message
        return cls(error.code, severity, field_name, message, dict(error.params))

    def to_dict(self) -> dict[str, Any]:
        """For the CLI's --json: params as text, like FreightDeskError.to_dict."""
        return {
            "code": self.code,
            "severity": str(self.severity),
            "field": self.field,
            "message": self.message,
            "params": {key: str(value) for key, value in self.params.items()},
        }


def by_severity(findings: Iterable[Finding]) -> tuple[Finding, ...]:
    """Blocking first, then warnings, then information; rule order kept within each."""
    return tuple(sorted(findings, key=lambda finding: _RANK[finding.severity]))


@dataclass(frozen=True)
class HouseCheck:
    house_awb: str
    findings: tuple[Finding, ...]

    @property
    def blocking(self) -> tuple[Finding, ...]:
        return self._of(Severity.BLOCKING)

    @property
    def warnings(self) -> tuple[Finding, ...]:
        return self._of(Severity.WARNING)

    @property
    def infos(self) -> tuple[Finding, ...]:
        return self._of(Severity.INFO)

    @property
    def is_blocked(self) -> bool:
        return any(finding.is_blocking for finding in self.findings)

    def _of(self, severity: Severity) -> tuple[Finding, ...]:
        return tuple(finding for finding in self.findings if finding.severity is severity)


@dataclass(frozen=True)
class ConsolidationCheck:
    """Every house's findings, in the order the houses were given."""

    houses: tuple[HouseCheck, ...]

    @property
    def blocked_houses(self) -> tuple[HouseCheck, ...]:
        return tuple(house for house in self.houses if house.is_blocked)

    @property
    def blocking_count(self) -> int:
        return sum(len(house.blocking) for house in self.houses)

    @property
    def warning_count(self) -> int:
        return sum(len(house.warnings) for house in self.houses)

    @property
    def can_proceed(self) -> bool:
        """True when no house has a blocking finding (warnings do not stop it)."""
        return not self.blocked_houses

    def summary_lines(self) -> tuple[str, ...]:
        """English text for the CLI and logs: what blocks and why, house by house."""
        lines = [
            f"{len(self.blocked_houses)} of {len(self.houses)} houses blocked: "
            f"{self.blocking_count} blocking, {self.warning_count} warnings"
        ]
        for house in self.houses:
            if not house.findings:
                continue
            lines.append(
                f"HAWB {house.house_awb}: {len(house.blocking)} blocking, "
                f"{len(house.warnings)} warnings"
            )
            lines.extend(
                f"  {finding.severity.upper()} {finding.field}: {finding.message}"
                for finding in house.findings
            )
        return tuple(lines)
