"""billing: booking charges, invoices, payments

Revision ID: 0003
Revises: 0002
Create Date: 2026-11-29
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op


revision = '0003'
down_revision = '0002'
branch_labels = None
depends_on = None


def upgrade() -> None:
    
    op.create_table('invoice',
    sa.Column('id', sa.BigInteger().with_variant(sa.Integer(), 'sqlite'), nullable=False),
    sa.Column('number', sa.String(length=24), nullable=False),
    sa.Column('kind', sa.String(length=12), nullable=False),
    sa.Column('original_id', sa.BigInteger().with_variant(sa.Integer(), 'sqlite'), nullable=True),
    sa.Column('customer_id', sa.BigInteger().with_variant(sa.Integer(), 'sqlite'), nullable=False),
    sa.Column('issue_date', sa.Date(), nullable=False),
    sa.Column('due_date', sa.Date(), nullable=False),
    sa.Column('payment_terms', sa.String(length=70), nullable=False),
    sa.Column('currency', sa.String(length=3), nullable=False),
    sa.Column('exchange_base', sa.String(length=3), nullable=True),
    sa.Column('exchange_rate', sa.BigInteger(), nullable=True),
    sa.Column('exchange_date', sa.Date(), nullable=True),
    sa.Column('subtotal_minor', sa.BigInteger(), nullable=False),
    sa.Column('tax_minor', sa.BigInteger(), nullable=False),
    sa.Column('total_minor', sa.BigInteger(), nullable=False),
    sa.Column('seller_name', sa.String(length=70), nullable=False),
    sa.Column('seller_uscc', sa.String(length=18), nullable=False),
    sa.Column('seller_address', sa.String(length=105), nullable=False),
    sa.Column('seller_bank', sa.String(length=140), nullable=False),
    sa.Column('buyer_name', sa.String(length=70), nullable=False),
    sa.Column('buyer_address', sa.String(length=140), nullable=False),
    sa.Column('buyer_tax_id', sa.String(length=35), nullable=True),
    sa.Column('issued_at', sa.DateTime(), nullable=False),
    sa.CheckConstraint("(kind = 'credit_note') = (original_id IS NOT NULL)", name=op.f('ck_invoice_credit_has_original')),
    sa.CheckConstraint("kind IN ('invoice', 'credit_note')", name=op.f('ck_invoice_kind')),
    sa.ForeignKeyConstraint(['customer_id'], ['customer.id'], name=op.f('fk_invoice_customer_id_customer')),
    sa.ForeignKeyConstraint(['original_id'], ['invoice.id'], name=op.f('fk_invoice_original_id_invoice')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_invoice')),
    sa.UniqueConstraint('number', name=op.f('uq_invoice_number'))
    )
    with op.batch_alter_table('invoice', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_invoice_customer_id'), ['customer_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_invoice_original_id'), ['original_id'], unique=False)

    op.create_table('invoice_document',
    sa.Column('invoice_id', sa.BigInteger().with_variant(sa.Integer(), 'sqlite'), nullable=False),
    sa.Column('pdf', sa.LargeBinary(), nullable=False),
    sa.Column('sha256', sa.String(length=64), nullable=False),
    sa.ForeignKeyConstraint(['invoice_id'], ['invoice.id'], name=op.f('fk_invoice_document_invoice_id_invoice')),
    sa.PrimaryKeyConstraint('invoice_id', name=op.f('pk_invoice_document'))
    )
    op.create_table('payment',
    sa.Column('id', sa.BigInteger().with_variant(sa.Integer(), 'sqlite'), nullable=False),
    sa.Column('invoice_id', sa.BigInteger().with_variant(sa.Integer(), 'sqlite'), nullable=False),
    sa.Column('amount_minor', sa.BigInteger(), nullable=False),
    sa.Column('currency', sa.String(length=3), nullable=False),
    sa.Column('paid_on', sa.Date(), nullable=False),
    sa.Column('method', sa.String(length=20), nullable=False),
    sa.Column('reference', sa.String(length=35), nullable=True),
    sa.Column('recorded_at', sa.DateTime(), nullable=False),
    sa.CheckConstraint('amount_minor > 0', name=op.f('ck_payment_positive')),
    sa.ForeignKeyConstraint(['invoice_id'], ['invoice.id'], name=op.f('fk_payment_invoice_id_invoice')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_payment'))
    )
    with op.batch_alter_table('payment', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_payment_invoice_id'), ['invoice_id'], unique=False)

    op.create_table('booking_charge',
    sa.Column('id', sa.BigInteger().with_variant(sa.Integer(), 'sqlite'), nullable=False),
    sa.Column('consignment_id', sa.BigInteger().with_variant(sa.Integer(), 'sqlite'), nullable=False),
    sa.Column('seq', sa.Integer(), nullable=False),
    sa.Column('code', sa.String(length=3), nullable=False),
    sa.Column('due', sa.String(length=1), nullable=False),
    sa.Column('description', sa.String(length=70), nullable=False),
    sa.Column('basis', sa.String(length=20), nullable=False),
    sa.Column('quantity', sa.BigInteger(), nullable=False),
    sa.Column('rate', sa.BigInteger(), nullable=True),
    sa.Column('amount_minor', sa.BigInteger(), nullable=False),
    sa.Column('currency', sa.String(length=3), nullable=False),
    sa.CheckConstraint("due IN ('C', 'A')", name=op.f('ck_booking_charge_due')),
    sa.ForeignKeyConstraint(['consignment_id'], ['consignment.id'], name=op.f('fk_booking_charge_consignment_id_consignment')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_booking_charge')),
    sa.UniqueConstraint('consignment_id', 'seq', name=op.f('uq_booking_charge_consignment_id_seq'))
    )
    with op.batch_alter_table('booking_charge', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_booking_charge_consignment_id'), ['consignment_id'], unique=False)

    op.create_table('invoice_line',
    sa.Column('id', sa.BigInteger().with_variant(sa.Integer(), 'sqlite'), nullable=False),
    sa.Column('invoice_id', sa.BigInteger().with_variant(sa.Integer(), 'sqlite'), nullable=False),
    sa.Column('seq', sa.Integer(), nullable=False),
    sa.Column('consignment_id', sa.BigInteger().with_variant(sa.Integer(), 'sqlite'), nullable=True),
    sa.Column('code', sa.String(length=3), nullable=False),
    sa.Column('description', sa.String(length=140), nullable=False),
    sa.Column('basis', sa.String(length=20), nullable=False),
    sa.Column('quantity', sa.BigInteger(), nullable=False),
    sa.Column('rate', sa.BigInteger(), nullable=True),
    sa.Column('amount_minor', sa.BigInteger(), nullable=False),
    sa.Column('tax_rate_pct', sa.BigInteger(), nullable=False),
    sa.Column('tax_minor', sa.BigInteger(), nullable=False),
    sa.ForeignKeyConstraint(['consignment_id'], ['consignment.id'], name=op.f('fk_invoice_line_consignment_id_consignment')),
    sa.ForeignKeyConstraint(['invoice_id'], ['invoice.id'], name=op.f('fk_invoice_line_invoice_id_invoice')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_invoice_line')),
    sa.UniqueConstraint('invoice_id', 'seq', name=op.f('uq_invoice_line_invoice_id_seq'))
    )
    with op.batch_alter_table('invoice_line', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_invoice_line_consignment_id'), ['consignment_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_invoice_line_invoice_id'), ['invoice_id'], unique=False)
    create_immutability_triggers()


# What an issued invoice says is immutable (issue 3): the database refuses UPDATE and
# DELETE on these tables whatever the client, so only credit notes can correct them.
IMMUTABLE = ("invoice", "invoice_line", "invoice_document")
MESSAGE = "issued invoices are immutable: issue a credit note"


def create_immutability_triggers() -> None:
    dialect = op.get_bind().dialect.name
    if dialect == "postgresql":
        op.execute(
            "CREATE FUNCTION freightdesk_refuse_change() RETURNS trigger AS $$ "
            f"BEGIN RAISE EXCEPTION '{MESSAGE}'; END; $$ LANGUAGE plpgsql"
        )
    for table in IMMUTABLE:
        for action in ("UPDATE", "DELETE"):
            name = f"{table}_no_{action.lower()}"
            if dialect == "postgresql":
                op.execute(
                    f"CREATE TRIGGER {name} BEFORE {action} ON {table} "
                    "FOR EACH ROW EXECUTE FUNCTION freightdesk_refuse_change()"
                )
            else:
                op.execute(
                    f"CREATE TRIGGER {name} BEFORE {action} ON {table} "
                    f"BEGIN SELECT RAISE(ABORT, '{MESSAGE}'); END"
                )


def drop_immutability_triggers() -> None:
    dialect = op.get_bind().dialect.name
    for table in IMMUTABLE:
        for action in ("update", "delete"):
            suffix = f" ON {table}" if dialect == "postgresql" else ""
            op.execute(f"DROP TRIGGER IF EXISTS {table}_no_{action}{suffix}")
    if dialect == "postgresql":
        op.execute("DROP FUNCTION IF EXISTS freightdesk_refuse_change()")


def downgrade() -> None:
    drop_immutability_triggers()

    with op.batch_alter_table('invoice_line', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_invoice_line_invoice_id'))
        batch_op.drop_index(batch_op.f('ix_invoice_line_consignment_id'))

    op.drop_table('invoice_line')
    with op.batch_alter_table('booking_charge', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_booking_charge_consignment_id'))

    op.drop_table('booking_charge')
    with op.batch_alter_table('payment', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_payment_invoice_id'))

    op.drop_table('payment')
    op.drop_table('invoice_document')
    with op.batch_alter_table('invoice', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_invoice_original_id'))
        batch_op.drop_index(batch_op.f('ix_invoice_customer_id'))

    op.drop_table('invoice')
    
