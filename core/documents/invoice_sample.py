"""A realistic sample invoice: for previews, tests and the benchmark.

The figures follow DOMAIN.md's rating example (280.0 kg chargeable at the Q300 break gives
300 kg x 27.50 = 8,250.00 CNY) plus the usual other charges of a CGO export.
"""

from __future__ import annotations

import datetime
from dataclasses import replace
from decimal import Decimal

from core.documents.invoice import InvoiceDocument, InvoiceLine, InvoiceParty

__all__ = ["SAMPLE_BUYER", "SAMPLE_SELLER", "sample_credit_note", "sample_invoice"]

SAMPLE_SELLER = InvoiceParty(
    name="郑州航空港货运代理有限公司 Zhengzhou Airport Cargo Agency Co., Ltd.",
    address="河南省郑州市航空港区新港大道 88 号 国际物流园 3 号楼",
    city="Zhengzhou 郑州",
    country="CN",
    tax_id="914101007748263012",
    bank="中国银行郑州航空港支行 Bank of China Zhengzhou Airport Branch, 2548 6690 1234 5678 901",
)
SAMPLE_BUYER = InvoiceParty(
    name="郑州豫通跨境电子商务有限公司",
    address="河南省郑州市经济技术开发区第九大街 166 号",
    city="Zhengzhou 郑州",
    country="CN",
    tax_id="91410100MA44Q2LX0M",
)

_D = Decimal
# (code, description, basis, quantity, rate, amount, tax %, tax)
# fmt: off
_LINES = (
    ("FRT", "Air freight CGO–LUX, Q300 break 空运费", "per kg chargeable", "300.0", "27.5000",
     "8250.00", "0", "0.00"),
    ("MY", "Fuel surcharge 燃油附加费", "per kg chargeable", "280.0", "1.8000", "504.00", "0",
     "0.00"),
    ("SC", "Security surcharge 安全附加费", "per kg chargeable", "280.0", "0.5000", "140.00",
     "0", "0.00"),
    ("AW", "AWB fee 运单费", "per AWB", "1", "50.00", "50.00", "0", "0.00"),
    ("XB", "X-ray screening 安检费", "per kg gross", "246.5", "0.2000", "49.30", "0", "0.00"),
    ("CH", "Export customs clearance 出口报关费", "per AWB", "1", "350.00", "350.00", "6",
     "21.00"),
)
# fmt: on


def sample_invoice(
    buyer: InvoiceParty = SAMPLE_BUYER, *, repeat: int = 1, number: str = "CGO1-INV-000123"
) -> InvoiceDocument:
    """The sample invoice for ``buyer``; ``repeat`` > 1 repeats the charge lines (long
    invoices for several bookings) with totals that still add up."""
    lines = [_line(*row) for row in _LINES] * repeat
    subtotal = sum((line.amount for line in lines), _D(0))
    tax_total = sum((line.tax_amount for line in lines), _D(0))
    return InvoiceDocument(
        number=number,
        kind="invoice",
        issue_date=datetime.date(2026, 12, 1),
        due_date=datetime.date(2026, 12, 31),
        payment_terms="30 days net, bank transfer 银行转账，30 天内付款",
        seller=SAMPLE_SELLER,
        buyer=buyer,
        references=(
            ("MAWB 主运单", "172-12345675"),
            ("HAWB 分运单", "CGO1-000123"),
            ("Flight 航班", "CV9741 2026-12-01"),
            ("Route 航线", "CGO → LUX"),
            ("Pieces 件数", "24"),
            ("Gross weight 毛重", "246.5 kg"),
            ("Chargeable weight 计费重", "280.0 kg"),
            ("Volume 体积", "1.680 m³"),
        ),
        lines=tuple(lines),
        currency="CNY",
        subtotal=subtotal,
        tax_total=tax_total,
        total=subtotal + tax_total,
        exchange_rate="1 EUR = 7.812300 CNY on 2026-12-01",
    )


def sample_credit_note(original: InvoiceDocument) -> InvoiceDocument:
    """A credit note reversing the fuel surcharge line of ``original``."""
    fuel = next(line for line in original.lines if line.code == "MY")
    return replace(
        original,
        number="CGO1-CN-000007",
        kind="credit_note",
        due_date=None,
        lines=(fuel,),
        subtotal=fuel.amount,
        tax_total=fuel.tax_amount,
        total=fuel.amount + fuel.tax_amount,
        original_number=original.number,
    )


def _line(
    code: str,
    description: str,
    basis: str,
    quantity: str,
    rate: str,
    amount: str,
    tax_pct: str,
    tax: str,
) -> InvoiceLine:
    return InvoiceLine(
        code=code,
        description=description,
        basis=basis,
        quantity=_D(quantity),
        rate=_D(rate),
        amount=_D(amount),
        currency="CNY",
        tax_rate_pct=_D(tax_pct),
        tax_amount=_D(tax),
    )
