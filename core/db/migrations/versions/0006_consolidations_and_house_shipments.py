"""consolidations and house shipments

Revision ID: 0006
Revises: 0005
Create Date: 2026-11-29

E-commerce consolidations (core.db.models.consolidation): the master side of a master AWB
booking, its close/reopen events, its house shipments and their goods lines. New tables
only: nothing existing is copied, so the invoice triggers of 0003 stay as they are.
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op


revision = '0006'
down_revision = '0005'
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table('consolidation',
    sa.Column('id', sa.BigInteger().with_variant(sa.Integer(), 'sqlite'), nullable=False),
    sa.Column('consignment_id', sa.BigInteger().with_variant(sa.Integer(), 'sqlite'), nullable=False),
    sa.Column('state', sa.String(length=8), nullable=False),
    sa.Column('tendered_pieces', sa.Integer(), nullable=True),
    sa.Column('booked_weight_g', sa.BigInteger(), nullable=False),
    sa.Column('booked_volume_cm3', sa.BigInteger(), nullable=False),
    sa.Column('closed_at', sa.DateTime(), nullable=True),
    sa.Column('created_at', sa.DateTime(), nullable=False),
    sa.Column('updated_at', sa.DateTime(), nullable=False),
    sa.CheckConstraint("state IN ('open', 'closed')", name=op.f('ck_consolidation_state')),
    sa.CheckConstraint('tendered_pieces IS NULL OR tendered_pieces > 0', name=op.f('ck_consolidation_tendered')),
    sa.ForeignKeyConstraint(['consignment_id'], ['consignment.id'], name=op.f('fk_consolidation_consignment_id_consignment')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_consolidation')),
    sa.UniqueConstraint('consignment_id', name=op.f('uq_consolidation_consignment_id'))
    )
    op.create_table('consolidation_event',
    sa.Column('id', sa.BigInteger().with_variant(sa.Integer(), 'sqlite'), nullable=False),
    sa.Column('consolidation_id', sa.BigInteger().with_variant(sa.Integer(), 'sqlite'), nullable=False),
    sa.Column('action', sa.String(length=8), nullable=False),
    sa.Column('actor', sa.String(length=64), nullable=False),
    sa.Column('reason', sa.String(length=200), nullable=True),
    sa.Column('at', sa.DateTime(), nullable=False),
    sa.CheckConstraint("action IN ('close', 'reopen')", name=op.f('ck_consolidation_event_action')),
    sa.ForeignKeyConstraint(['consolidation_id'], ['consolidation.id'], name=op.f('fk_consolidation_event_consolidation_id_consolidation')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_consolidation_event'))
    )
    with op.batch_alter_table('consolidation_event', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_consolidation_event_consolidation_id'), ['consolidation_id'], unique=False)

    op.create_table('house_shipment',
    sa.Column('id', sa.BigInteger().with_variant(sa.Integer(), 'sqlite'), nullable=False),
    sa.Column('consolidation_id', sa.BigInteger().with_variant(sa.Integer(), 'sqlite'), nullable=False),
    sa.Column('house_number', sa.String(length=24), nullable=False),
    sa.Column('platform_order_number', sa.String(length=64), nullable=True),
    sa.Column('shipper_name', sa.String(length=70), nullable=False),
    sa.Column('shipper_address', sa.String(length=105), nullable=False),
    sa.Column('shipper_city', sa.String(length=35), nullable=False),
    sa.Column('shipper_country', sa.String(length=2), nullable=False),
    sa.Column('consignee_name', sa.String(length=70), nullable=False),
    sa.Column('consignee_address', sa.String(length=105), nullable=False),
    sa.Column('consignee_city', sa.String(length=35), nullable=False),
    sa.Column('consignee_postcode', sa.String(length=12), nullable=True),
    sa.Column('consignee_country', sa.String(length=2), nullable=False),
    sa.Column('consignee_phone', sa.String(length=25), nullable=True),
    sa.Column('consignee_email', sa.String(length=70), nullable=True),
    sa.Column('consignee_tax_id', sa.String(length=20), nullable=True),
    sa.Column('pieces', sa.Integer(), nullable=False),
    sa.Column('gross_weight_g', sa.BigInteger(), nullable=False),
    sa.Column('volume_cm3', sa.BigInteger(), nullable=True),
    sa.Column('customs_mode', sa.String(length=4), nullable=True),
    sa.Column('b2c', sa.Boolean(), nullable=False),
    sa.Column('ioss_number', sa.String(length=12), nullable=True),
    sa.Column('shc', sa.String(length=40), nullable=False),
    sa.Column('lithium_packing_instruction', sa.String(length=5), nullable=True),
    sa.Column('lithium_cell_wh', sa.BigInteger(), nullable=True),
    sa.Column('lithium_battery_wh', sa.BigInteger(), nullable=True),
    sa.Column('lithium_cell_g', sa.BigInteger(), nullable=True),
    sa.Column('lithium_battery_g', sa.BigInteger(), nullable=True),
    sa.Column('lithium_state_of_charge_pct', sa.BigInteger(), nullable=True),
    sa.Column('created_at', sa.DateTime(), nullable=False),
    sa.CheckConstraint("customs_mode IS NULL OR customs_mode IN ('9610', '9710', '9810', '1210')", name=op.f('ck_house_shipment_customs_mode')),
    sa.CheckConstraint('gross_weight_g > 0', name=op.f('ck_house_shipment_gross_weight')),
    sa.CheckConstraint('pieces > 0', name=op.f('ck_house_shipment_pieces')),
    sa.CheckConstraint('volume_cm3 IS NULL OR volume_cm3 >= 0', name=op.f('ck_house_shipment_volume')),
    sa.ForeignKeyConstraint(['consolidation_id'], ['consolidation.id'], name=op.f('fk_house_shipment_consolidation_id_consolidation')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_house_shipment')),
    sa.UniqueConstraint('house_number', name=op.f('uq_house_shipment_house_number')),
    sa.UniqueConstraint('platform_order_number', name='uq_house_platform_order')
    )
    with op.batch_alter_table('house_shipment', schema=None) as batch_op:
        batch_op.create_index('ix_house_consolidation', ['consolidation_id', 'id'], unique=False)

    op.create_table('house_item',
    sa.Column('id', sa.BigInteger().with_variant(sa.Integer(), 'sqlite'), nullable=False),
    sa.Column('house_id', sa.BigInteger().with_variant(sa.Integer(), 'sqlite'), nullable=False),
    sa.Column('line_no', sa.Integer(), nullable=False),
    sa.Column('description', sa.String(length=140), nullable=False),
    sa.Column('hs_code', sa.String(length=12), nullable=True),
    sa.Column('quantity', sa.Integer(), nullable=False),
    sa.Column('unit_value_minor', sa.BigInteger(), nullable=False),
    sa.Column('currency', sa.String(length=3), nullable=False),
    sa.Column('origin_country', sa.String(length=2), nullable=True),
    sa.CheckConstraint('quantity > 0', name=op.f('ck_house_item_quantity')),
    sa.CheckConstraint('unit_value_minor >= 0', name=op.f('ck_house_item_unit_value')),
    sa.ForeignKeyConstraint(['house_id'], ['house_shipment.id'], name=op.f('fk_house_item_house_id_house_shipment')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_house_item')),
    sa.UniqueConstraint('house_id', 'line_no', name='uq_house_item_line')
    )


def downgrade() -> None:
    op.drop_table('house_item')
    with op.batch_alter_table('house_shipment', schema=None) as batch_op:
        batch_op.drop_index('ix_house_consolidation')

    op.drop_table('house_shipment')
    with op.batch_alter_table('consolidation_event', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_consolidation_event_consolidation_id'))

    op.drop_table('consolidation_event')
    op.drop_table('consolidation')
