"""The one error hierarchy of FreightDesk (ARCHITECTURE.md, rule 5).

Every error carries a stable ``code`` (the GUI translates by it), its ``params`` and an
English default ``message`` (the CLI prints it). Validation errors also name the ``field``
at fault so a dialog can show the message beside it.
"""

from __future__ import annotations

from typing import Any


class FreightDeskError(Exception):
    """Base of every error a service may raise on purpose."""

    kind = "error"
    exit_code = 1

    def __init__(self, code: str, message: str, *, field: str | None = None, **params: Any):
        # One rule for every message: when it is about a field, it starts with its name.
        if field is not None and not message.startswith(f"{field}:"):
            message = f"{field}: {message}"
        super().__init__(message)
        self.code = code
        self.message = message
        self.field = field
        self.params = params

    def to_dict(self) -> dict[str, Any]:
        return {
            "kind": self.kind,
            "code": self.code,
            "field": self.field,
            "message": self.message,
            "params": {k: str(v) for k, v in self.params.items()},
        }

    def __str__(self) -> str:
        # Messages already name their field ("name: at most 70 characters (got 85)").
        return self.message


class ValidationError(FreightDeskError):
    """Input breaks a rule; ``field`` names the input, ``code`` the rule."""

    kind = "validation"
    exit_code = 2

    def __init__(self, field: str, code: str, message: str, **params: Any):
        super().__init__(code, message, field=field, **params)


class NotFound(FreightDeskError):
    kind = "not_found"
    exit_code = 3

    def __init__(self, what: str, key: object, *, field: str | None = None):
        text = f"no {what.replace('_', ' ')} {key!s}"
        super().__init__(f"{what}.not_found", text, field=field, key=key)


class CapacityExceeded(FreightDeskError):
    """The flight's allotment cannot take the booking; says what is left."""

    kind = "capacity"
    exit_code = 4


class StockExhausted(FreightDeskError):
    kind = "stock"
    exit_code = 5


class InvalidState(FreightDeskError):
    """The operation does not fit the record's current state (e.g. cancel twice)."""

    kind = "state"
    exit_code = 6


class Conflict(FreightDeskError):
    """The data would clash with what is stored (duplicate, overlapping range)."""

    kind = "conflict"
    exit_code = 7


class PermissionDenied(FreightDeskError):
    kind = "permission"
    exit_code = 8


class Cancelled(FreightDeskError):
    """The clerk cancelled a long job (core.progress); what it was writing is left as it was."""

    kind = "cancelled"
    exit_code = 9

    def __init__(self, what: str = "job") -> None:
        super().__init__("job.cancelled", f"{what} cancelled", what=what)
