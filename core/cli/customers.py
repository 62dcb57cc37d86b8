"""`customers add|list|show`: shippers and consignees."""

from __future__ import annotations

from core.cli.args import SubParsers, add_command, add_group, examples, positive_int
from core.cli.context import Context
from core.cli.output import Column, labelled, table
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
        help="shippers and consignees: add, list, show",
        epilog=examples(
            "freightdesk customers list --search 郑州", "freightdesk customers show SH-CGO-001"
        ),
    )
    _register_add(group)
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
    return ctx.emit({"customer": customer}, lambda: customer_text(customer))


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
