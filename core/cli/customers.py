"""`customers add|list|show|edit`: shippers and consignees, and their agreed terms."""

from __future__ import annotations

from dataclasses import replace

from core.cli.args import SubParsers, add_command, add_group, examples, positive_int
from core.cli.context import Context
from core.cli.output import Column, labelled, table
from core.services.agreements import AgreementInput, AgreementView, get_agreement, save_customer
from core.services.customers import CustomerInput, add_customer, get_customer, list_customers
from core.services.views import CustomerView

DEFAULT_LIMIT = 200
NAME_COLUMNS = 40

_OPTIONAL = {
    "postcode": "postcode",
    "phone": "phone, e.g. +86 371 6817 2305",
    "email": "e-mail address",
    "uscc": "China unified social credit code (18 characters)",
    "eu-vat": "EU VAT number",
    "eori": "EORI number",
}


def register(sub: SubParsers) -> None:
    group = add_group(
        sub,
        "customers",
        help="shippers and consignees: add, list, show, edit",
        epilog=examples(
            "freightdesk customers list --search 郑州", "freightdesk customers show SH-CGO-001"
        ),
    )
    _register_add(group)
    _register_edit(group)
    listing = add_command(
        group,
        "list",
        help="list customers, by name",
        epilog=examples("freightdesk customers list", "freightdesk customers list --search fulfil"),
        handler=cmd_list,
    )
    listing.add_argument("--search", metavar="TEXT", help="part of the name, account or city")
    listing.add_argument("--limit", type=positive_int, default=DEFAULT_LIMIT, metavar="N")
    show = add_command(
        group,
        "show",
        help="show one customer",
        epilog=examples("freightdesk customers show CN-LUX-001"),
        handler=cmd_show,
    )
    show.add_argument("account", metavar="ACCOUNT", help="account number")


def _register_add(group: SubParsers) -> None:
    add = add_command(
        group,
        "add",
        help="add a customer",
        epilog=examples(
            "freightdesk customers add --account SH-CGO-010 --name 郑州示例电子商务有限公司 \\\n"
            "      --address '航空港区新港大道1号' --city Zhengzhou --country CN \\\n"
            "      --uscc 91410100MA2Y29N116",
            "freightdesk customers add --account CN-FRA-002 --name 'Main Parcel GmbH' \\\n"
            "      --address 'Cargo City Süd 5' --city Frankfurt --country DE --eori DE4262719",
        ),
        handler=cmd_add,
    )
    add.add_argument("--account", required=True, help="account number: letters, digits, hyphens")
    add.add_argument("--name", required=True, help="company name (at most 70 characters)")
    add.add_argument("--address", required=True, help="street address")
    add.add_argument("--city", required=True, help="city")
    add.add_argument("--country", required=True, help="ISO country code, e.g. CN")
    for option, text in _OPTIONAL.items():
        add.add_argument(f"--{option}", help=text)


_REQUIRED = {
    "name": "company name (at most 70 characters)",
    "address": "street address",
    "city": "city",
    "country": "ISO country code, e.g. CN",
}
_TERMS = {
    "discount": "percent off the freight (never below M)",
    "bubble": "percent of the volumetric excess billed (分泡; 100 = IATA rule)",
    "currency": "billing currency; '' for the tariff's",
}


def _register_edit(group: SubParsers) -> None:
    edit = add_command(
        group,
        "edit",
        help="change a customer's details or terms; what is not given stays",
        epilog=examples(
            "freightdesk customers edit SH-CGO-001 --city Zhengzhou --phone '+86 371 6817 2306'",
            "freightdesk customers edit CN-FRA-001 --eori '' --discount 5 --bubble 50",
        ),
        handler=cmd_edit,
    )
    edit.add_argument("account", metavar="ACCOUNT", help="account number (it never changes)")
    for option, text in {**_REQUIRED, **_OPTIONAL}.items():
        edit.add_argument(
            f"--{option}", help=text + ("; '' clears it" if option in _OPTIONAL else "")
        )
    for option, text in _TERMS.items():
        edit.add_argument(f"--{option}", help=text)


def cmd_edit(ctx: Context) -> int:
    """Merge the options given over what is stored, then save both in one transaction."""
    a = ctx.args
    current = get_customer(ctx.reading(), a.account)
    terms = get_agreement(ctx.reading(), current.account_number)
    given = {k: v for k, v in vars(a).items() if v is not None}
    fields = {
        name: given[option.replace("-", "_")]
        for option, name in _INPUT_FIELDS.items()
        if option.replace("-", "_") in given
    }
    data = replace(_input_of(current), **fields)
    wanted = AgreementInput(
        given.get("discount", terms.discount_pct),
        given.get("bubble", terms.bubble_share_pct),
        given.get("currency", terms.currency),
    )
    outcome = save_customer(ctx.writing(), data, wanted, existing=current.account_number)
    verb = "saved" if outcome.changes.touched else "unchanged"
    return ctx.emit_outcome(
        "customer", outcome, lambda: f"{verb} customer\n{customer_text(outcome.value)}"
    )


_INPUT_FIELDS = {
    **{option: option for option in _REQUIRED},
    **{option: option.replace("-", "_") for option in _OPTIONAL},
}


def _input_of(c: CustomerView) -> CustomerInput:
    return CustomerInput(
        account_number=c.account_number,
        name=c.name,
        address=c.address,
        city=c.city,
        country=c.country,
        postcode=c.postcode,
        phone=c.phone,
        email=c.email,
        uscc=c.uscc,
        eu_vat=c.eu_vat,
        eori=c.eori,
    )


def cmd_add(ctx: Context) -> int:
    a = ctx.args
    data = CustomerInput(
        account_number=a.account,
        name=a.name,
        address=a.address,
        city=a.city,
        country=a.country,
        postcode=a.postcode,
        phone=a.phone,
        email=a.email,
        uscc=a.uscc,
        eu_vat=a.eu_vat,
        eori=a.eori,
    )
    outcome = add_customer(ctx.writing(), data)
    return ctx.emit_outcome(
        "customer", outcome, lambda: f"added customer\n{customer_text(outcome.value)}"
    )


def cmd_list(ctx: Context) -> int:
    found = list_customers(ctx.reading(), text=ctx.args.search, limit=ctx.args.limit)
    return ctx.emit({"customers": found}, lambda: _customers_table(found))


def cmd_show(ctx: Context) -> int:
    customer = get_customer(ctx.reading(), ctx.args.account)
    terms = get_agreement(ctx.reading(), customer.account_number)
    return ctx.emit(
        {"customer": customer, "agreement": terms},
        lambda: f"{customer_text(customer)}\n\n{terms_text(terms)}",
    )


def _customers_table(customers: list[CustomerView]) -> str:
    columns = [
        Column("ACCOUNT"),
        Column("NAME", max_width=NAME_COLUMNS),
        Column("CITY"),
        Column("COUNTRY"),
        Column("PHONE"),
    ]
    rows = [[c.account_number, c.name, c.city, c.country, c.phone or ""] for c in customers]
    return table(columns, rows) if rows else "no customers match"


def customer_text(c: CustomerView) -> str:
    return labelled(
        [
            ("account", c.account_number),
            ("name", c.name),
            ("address", c.address),
            ("city", f"{c.postcode} {c.city}" if c.postcode else c.city),
            ("country", c.country),
            ("phone", c.phone),
            ("email", c.email),
            ("USCC", c.uscc),
            ("EU VAT", c.eu_vat),
            ("EORI", c.eori),
        ]
    )


def terms_text(t: AgreementView) -> str:
    return labelled(
        [
            ("discount", f"{t.discount_pct} %"),
            ("bubble share", f"{t.bubble_share_pct} %"),
            ("billed in", t.currency or "the tariff's currency"),
            ("agreement", "stored" if t.stored else "none yet: the defaults apply"),
        ]
    )
