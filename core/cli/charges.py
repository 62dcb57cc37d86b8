"""`charges add|list` and `agreement`: other-charge rules and customer agreements."""

from __future__ import annotations

from decimal import Decimal

from core.cli.args import SubParsers, add_command, add_group, examples
from core.cli.context import Context
from core.cli.output import Column, table
from core.domain.charges import BASES, ChargeRule
from core.domain.clock import parse_date
from core.domain.measures import parse_decimal
from core.domain.text import clean_text
from core.services.pricing import list_charge_rules, save_charge_rule, set_agreement


def register(sub: SubParsers) -> None:
    _register_charges(sub)
    _register_agreement(sub)


def _register_charges(sub: SubParsers) -> None:
    group = add_group(
        sub,
        "charges",
        help="other charges (fuel, security, AWB fee...): add, list",
        epilog=examples("freightdesk charges list"),
    )
    add = add_command(
        group,
        "add",
        help="add an other-charge rule with its validity",
        epilog=examples(
            "freightdesk charges add --code MY --due C --basis per_kg_chargeable --rate 4.80 \\\n"
            "      --currency CNY --from 2027-01-01 --to 2027-01-31 --description 'Fuel January'",
        ),
        handler=cmd_charges_add,
    )
    add.add_argument("--code", required=True, help="2 letters: MY SC AW RA XB CH or your own")
    add.add_argument("--due", required=True, choices=("C", "A"), help="due carrier or agent")
    add.add_argument("--basis", required=True, choices=BASES)
    add.add_argument("--rate", required=True, help="per kg, per unit, or percent of freight")
    add.add_argument("--currency", required=True)
    add.add_argument("--minimum")
    add.add_argument("--maximum")
    add.add_argument("--from", dest="valid_from", required=True)
    add.add_argument("--to", dest="valid_to")
    add.add_argument("--description", required=True)
    add.add_argument("--origin")
    add.add_argument("--destination")
    add.add_argument("--carrier")
    add_command(
        group,
        "list",
        help="list the other-charge rules",
        epilog=examples("freightdesk charges list"),
        handler=cmd_charges_list,
    )


def cmd_charges_add(ctx: Context) -> int:
    a = ctx.args
    rule = ChargeRule(
        code=a.code,
        due=a.due,
        basis=a.basis,
        rate=_number(a.rate, "rate"),
        currency=a.currency,
        minimum=_number(a.minimum, "minimum") if a.minimum else None,
        maximum=_number(a.maximum, "maximum") if a.maximum else None,
        valid_from=parse_date(a.valid_from, "valid_from"),
        valid_to=parse_date(a.valid_to, "valid_to") if a.valid_to else None,
        description=clean_text(a.description, "description", max_len=70),
    )
    outcome = save_charge_rule(
        ctx.writing(), rule, origin=a.origin, destination=a.destination, carrier=a.carrier
    )
    return ctx.emit_outcome("charge_rule", outcome, lambda: f"added charge rule {outcome.value}")


def cmd_charges_list(ctx: Context) -> int:
    views = list_charge_rules(ctx.reading())
    rows = [
        [
            v.rule.code + v.rule.due,
            v.rule.description,
            v.rule.basis,
            str(v.rule.rate),
            v.rule.currency,
            str(v.rule.minimum or ""),
            str(v.rule.maximum or ""),
            str(v.rule.valid_from),
            str(v.rule.valid_to or ""),
            f"{v.origin or '*'}-{v.destination or '*'} {v.carrier or ''}".strip(),
        ]
        for v in views
    ]
    columns = [
        Column("CODE"),
        Column("DESCRIPTION"),
        Column("BASIS"),
        Column("RATE", "right"),
        Column("CUR"),
        Column("MIN", "right"),
        Column("MAX", "right"),
        Column("FROM"),
        Column("TO"),
        Column("WHERE"),
    ]
    return ctx.emit({"charge_rules": views}, lambda: table(columns, rows) if rows else "none")


def _register_agreement(sub: SubParsers) -> None:
    cmd = add_command(
        sub,
        "agreement",
        help="a customer's discount on freight, bubble share (分泡) and billing currency",
        epilog=examples("freightdesk agreement SH-CGO-002 --discount 5 --bubble 50 --currency EUR"),
        handler=cmd_agreement,
    )
    cmd.add_argument("account")
    cmd.add_argument("--discount", default="0", help="percent off the freight (never below M)")
    cmd.add_argument(
        "--bubble", default="100", help="percent of the volumetric excess billed (100 = IATA rule)"
    )
    cmd.add_argument("--currency", help="the customer's billing currency")


def cmd_agreement(ctx: Context) -> int:
    a = ctx.args
    outcome = set_agreement(
        ctx.writing(),
        customer=a.account,
        discount_pct=a.discount,
        bubble_share_pct=a.bubble,
        currency=a.currency,
    )
    return ctx.emit_outcome("agreement", outcome, lambda: f"agreement of {outcome.value} saved")


def _number(text: str, field: str) -> Decimal:
    return parse_decimal(text, field, "number.format")
