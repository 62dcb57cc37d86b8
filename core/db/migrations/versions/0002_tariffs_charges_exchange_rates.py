"""tariffs, charges, exchange rates

Revision ID: 0002
Revises: 0001
Create Date: 2026-11-29
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op


revision = '0002'
down_revision = '0001'
branch_labels = None
depends_on = None


def upgrade() -> None:
    
    op.create_table('exchange_rate',
    sa.Column('base', sa.String(length=3), nullable=False),
    sa.Column('quote', sa.String(length=3), nullable=False),
    sa.Column('valid_on', sa.Date(), nullable=False),
    sa.Column('rate', sa.BigInteger(), nullable=False),
    sa.CheckConstraint('rate > 0', name=op.f('ck_exchange_rate_positive')),
    sa.PrimaryKeyConstraint('base', 'quote', 'valid_on', name=op.f('pk_exchange_rate'))
    )
    op.create_table('charge_rule',
    sa.Column('id', sa.BigInteger().with_variant(sa.Integer(), 'sqlite'), nullable=False),
    sa.Column('code', sa.String(length=2), nullable=False),
    sa.Column('due', sa.String(length=1), nullable=False),
    sa.Column('basis', sa.String(length=20), nullable=False),
    sa.Column('rate', sa.BigInteger(), nullable=False),
    sa.Column('currency', sa.String(length=3), nullable=False),
    sa.Column('minimum_minor', sa.BigInteger(), nullable=True),
    sa.Column('maximum_minor', sa.BigInteger(), nullable=True),
    sa.Column('valid_from', sa.Date(), nullable=False),
    sa.Column('valid_to', sa.Date(), nullable=True),
    sa.Column('description', sa.String(length=70), nullable=False),
    sa.Column('origin', sa.String(length=3), nullable=True),
    sa.Column('destination', sa.String(length=3), nullable=True),
    sa.Column('carrier_id', sa.BigInteger().with_variant(sa.Integer(), 'sqlite'), nullable=True),
    sa.CheckConstraint("basis IN ('per_kg_chargeable', 'per_kg_gross', 'per_awb', 'per_house', 'percent_of_freight')", name=op.f('ck_charge_rule_basis')),
    sa.CheckConstraint("due IN ('C', 'A')", name=op.f('ck_charge_rule_due')),
    sa.CheckConstraint('valid_to IS NULL OR valid_to >= valid_from', name=op.f('ck_charge_rule_validity')),
    sa.ForeignKeyConstraint(['carrier_id'], ['carrier.id'], name=op.f('fk_charge_rule_carrier_id_carrier')),
    sa.ForeignKeyConstraint(['destination'], ['airport.iata'], name=op.f('fk_charge_rule_destination_airport')),
    sa.ForeignKeyConstraint(['origin'], ['airport.iata'], name=op.f('fk_charge_rule_origin_airport')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_charge_rule'))
    )
    op.create_table('customer_agreement',
    sa.Column('customer_id', sa.BigInteger().with_variant(sa.Integer(), 'sqlite'), nullable=False),
    sa.Column('discount_pct', sa.BigInteger(), nullable=False),
    sa.Column('bubble_share_pct', sa.BigInteger(), nullable=False),
    sa.Column('currency', sa.String(length=3), nullable=True),
    sa.CheckConstraint('bubble_share_pct >= 0 AND bubble_share_pct <= 10000', name=op.f('ck_customer_agreement_bubble')),
    sa.CheckConstraint('discount_pct >= 0 AND discount_pct <= 10000', name=op.f('ck_customer_agreement_discount')),
    sa.ForeignKeyConstraint(['customer_id'], ['customer.id'], name=op.f('fk_customer_agreement_customer_id_customer')),
    sa.PrimaryKeyConstraint('customer_id', name=op.f('pk_customer_agreement'))
    )
    op.create_table('tariff',
    sa.Column('id', sa.BigInteger().with_variant(sa.Integer(), 'sqlite'), nullable=False),
    sa.Column('origin', sa.String(length=3), nullable=False),
    sa.Column('destination', sa.String(length=3), nullable=False),
    sa.Column('carrier_id', sa.BigInteger().with_variant(sa.Integer(), 'sqlite'), nullable=True),
    sa.Column('customer_id', sa.BigInteger().with_variant(sa.Integer(), 'sqlite'), nullable=True),
    sa.Column('currency', sa.String(length=3), nullable=False),
    sa.Column('valid_from', sa.Date(), nullable=False),
    sa.Column('valid_to', sa.Date(), nullable=True),
    sa.Column('minimum_minor', sa.BigInteger(), nullable=False),
    sa.Column('normal_rate', sa.BigInteger(), nullable=False),
    sa.CheckConstraint('minimum_minor >= 0', name=op.f('ck_tariff_minimum')),
    sa.CheckConstraint('valid_to IS NULL OR valid_to >= valid_from', name=op.f('ck_tariff_validity')),
    sa.ForeignKeyConstraint(['carrier_id'], ['carrier.id'], name=op.f('fk_tariff_carrier_id_carrier')),
    sa.ForeignKeyConstraint(['customer_id'], ['customer.id'], name=op.f('fk_tariff_customer_id_customer')),
    sa.ForeignKeyConstraint(['destination'], ['airport.iata'], name=op.f('fk_tariff_destination_airport')),
    sa.ForeignKeyConstraint(['origin'], ['airport.iata'], name=op.f('fk_tariff_origin_airport')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_tariff'))
    )
    op.create_table('commodity_rate',
    sa.Column('id', sa.BigInteger().with_variant(sa.Integer(), 'sqlite'), nullable=False),
    sa.Column('tariff_id', sa.BigInteger().with_variant(sa.Integer(), 'sqlite'), nullable=False),
    sa.Column('code', sa.String(length=10), nullable=False),
    sa.Column('min_weight_g', sa.BigInteger(), nullable=False),
    sa.Column('rate', sa.BigInteger(), nullable=False),
    sa.ForeignKeyConstraint(['tariff_id'], ['tariff.id'], name=op.f('fk_commodity_rate_tariff_id_tariff')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_commodity_rate'))
    )
    with op.batch_alter_table('commodity_rate', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_commodity_rate_tariff_id'), ['tariff_id'], unique=False)

    op.create_table('tariff_break',
    sa.Column('tariff_id', sa.BigInteger().with_variant(sa.Integer(), 'sqlite'), nullable=False),
    sa.Column('break_kg', sa.Integer(), nullable=False),
    sa.Column('rate', sa.BigInteger(), nullable=False),
    sa.CheckConstraint('break_kg IN (45, 100, 300, 500, 1000)', name=op.f('ck_tariff_break_break')),
    sa.ForeignKeyConstraint(['tariff_id'], ['tariff.id'], name=op.f('fk_tariff_break_tariff_id_tariff')),
    sa.PrimaryKeyConstraint('tariff_id', 'break_kg', name=op.f('pk_tariff_break'))
    )
    


def downgrade() -> None:
    
    op.drop_table('tariff_break')
    with op.batch_alter_table('commodity_rate', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_commodity_rate_tariff_id'))

    op.drop_table('commodity_rate')
    op.drop_table('tariff')
    op.drop_table('customer_agreement')
    op.drop_table('charge_rule')
    op.drop_table('exchange_rate')
    
