"""booking core

Revision ID: 0001
Revises: 
Create Date: 2026-11-29
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op


revision = '0001'
down_revision = None
branch_labels = None
depends_on = None


def upgrade() -> None:
    
    op.create_table('aircraft_type',
    sa.Column('code', sa.String(length=10), nullable=False),
    sa.Column('name', sa.String(length=70), nullable=False),
    sa.Column('max_payload_g', sa.BigInteger(), nullable=False),
    sa.Column('max_volume_cm3', sa.BigInteger(), nullable=False),
    sa.PrimaryKeyConstraint('code', name=op.f('pk_aircraft_type'))
    )
    op.create_table('airport',
    sa.Column('iata', sa.String(length=3), nullable=False),
    sa.Column('name', sa.String(length=100), nullable=False),
    sa.Column('city', sa.String(length=70), nullable=False),
    sa.Column('country', sa.String(length=2), nullable=False),
    sa.Column('tz', sa.String(length=64), nullable=False),
    sa.PrimaryKeyConstraint('iata', name=op.f('pk_airport'))
    )
    op.create_table('carrier',
    sa.Column('id', sa.BigInteger().with_variant(sa.Integer(), 'sqlite'), nullable=False),
    sa.Column('iata_code', sa.String(length=2), nullable=False),
    sa.Column('name', sa.String(length=70), nullable=False),
    sa.Column('awb_prefix', sa.String(length=3), nullable=False),
    sa.Column('verified', sa.Boolean(), nullable=False),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_carrier')),
    sa.UniqueConstraint('awb_prefix', name=op.f('uq_carrier_awb_prefix')),
    sa.UniqueConstraint('iata_code', name=op.f('uq_carrier_iata_code'))
    )
    op.create_table('customer',
    sa.Column('id', sa.BigInteger().with_variant(sa.Integer(), 'sqlite'), nullable=False),
    sa.Column('account_number', sa.String(length=20), nullable=False),
    sa.Column('name', sa.String(length=70), nullable=False),
    sa.Column('address', sa.String(length=105), nullable=False),
    sa.Column('city', sa.String(length=35), nullable=False),
    sa.Column('postcode', sa.String(length=12), nullable=True),
    sa.Column('country', sa.String(length=2), nullable=False),
    sa.Column('phone', sa.String(length=25), nullable=True),
    sa.Column('email', sa.String(length=70), nullable=True),
    sa.Column('uscc', sa.String(length=18), nullable=True),
    sa.Column('eu_vat', sa.String(length=20), nullable=True),
    sa.Column('eori', sa.String(length=17), nullable=True),
    sa.Column('created_at', sa.DateTime(), nullable=False),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_customer')),
    sa.UniqueConstraint('account_number', name=op.f('uq_customer_account_number'))
    )
    op.create_table('number_series',
    sa.Column('name', sa.String(length=32), nullable=False),
    sa.Column('next_value', sa.BigInteger(), nullable=False),
    sa.Column('width', sa.Integer(), nullable=False),
    sa.CheckConstraint('next_value >= 1', name=op.f('ck_number_series_positive')),
    sa.PrimaryKeyConstraint('name', name=op.f('pk_number_series'))
    )
    op.create_table('setting',
    sa.Column('key', sa.String(length=64), nullable=False),
    sa.Column('value', sa.String(length=500), nullable=False),
    sa.PrimaryKeyConstraint('key', name=op.f('pk_setting'))
    )
    op.create_table('awb_stock_range',
    sa.Column('id', sa.BigInteger().with_variant(sa.Integer(), 'sqlite'), nullable=False),
    sa.Column('carrier_id', sa.BigInteger().with_variant(sa.Integer(), 'sqlite'), nullable=False),
    sa.Column('first_serial', sa.Integer(), nullable=False),
    sa.Column('last_serial', sa.Integer(), nullable=False),
    sa.Column('next_serial', sa.Integer(), nullable=False),
    sa.Column('low_stock_threshold', sa.Integer(), nullable=False),
    sa.Column('owner_database_id', sa.String(length=36), nullable=False),
    sa.Column('note', sa.String(length=200), nullable=True),
    sa.Column('created_at', sa.DateTime(), nullable=False),
    sa.CheckConstraint('first_serial <= last_serial', name=op.f('ck_awb_stock_range_ordered')),
    sa.CheckConstraint('first_serial >= 0 AND last_serial <= 9999999', name=op.f('ck_awb_stock_range_serial_bounds')),
    sa.CheckConstraint('next_serial >= first_serial AND next_serial <= last_serial + 1', name=op.f('ck_awb_stock_range_next')),
    sa.ForeignKeyConstraint(['carrier_id'], ['carrier.id'], name=op.f('fk_awb_stock_range_carrier_id_carrier')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_awb_stock_range'))
    )
    with op.batch_alter_table('awb_stock_range', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_awb_stock_range_carrier_id'), ['carrier_id'], unique=False)

    op.create_table('route',
    sa.Column('id', sa.BigInteger().with_variant(sa.Integer(), 'sqlite'), nullable=False),
    sa.Column('carrier_id', sa.BigInteger().with_variant(sa.Integer(), 'sqlite'), nullable=False),
    sa.Column('flight_number', sa.String(length=8), nullable=False),
    sa.Column('origin', sa.String(length=3), nullable=False),
    sa.Column('destination', sa.String(length=3), nullable=False),
    sa.Column('weekdays', sa.String(length=7), nullable=False),
    sa.Column('departure_local', sa.Time(), nullable=False),
    sa.Column('arrival_local', sa.Time(), nullable=False),
    sa.Column('arrival_day_offset', sa.Integer(), nullable=False),
    sa.Column('aircraft_type', sa.String(length=10), nullable=False),
    sa.Column('allotment_share_pct', sa.BigInteger(), nullable=False),
    sa.Column('active', sa.Boolean(), nullable=False),
    sa.CheckConstraint('allotment_share_pct > 0 AND allotment_share_pct <= 10000', name=op.f('ck_route_share')),
    sa.CheckConstraint('arrival_day_offset BETWEEN 0 AND 2', name=op.f('ck_route_day_offset')),
    sa.ForeignKeyConstraint(['aircraft_type'], ['aircraft_type.code'], name=op.f('fk_route_aircraft_type_aircraft_type')),
    sa.ForeignKeyConstraint(['carrier_id'], ['carrier.id'], name=op.f('fk_route_carrier_id_carrier')),
    sa.ForeignKeyConstraint(['destination'], ['airport.iata'], name=op.f('fk_route_destination_airport')),
    sa.ForeignKeyConstraint(['origin'], ['airport.iata'], name=op.f('fk_route_origin_airport')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_route')),
    sa.UniqueConstraint('carrier_id', 'flight_number', name=op.f('uq_route_carrier_id_flight_number'))
    )
    op.create_table('awb',
    sa.Column('id', sa.BigInteger().with_variant(sa.Integer(), 'sqlite'), nullable=False),
    sa.Column('carrier_id', sa.BigInteger().with_variant(sa.Integer(), 'sqlite'), nullable=False),
    sa.Column('range_id', sa.BigInteger().with_variant(sa.Integer(), 'sqlite'), nullable=True),
    sa.Column('serial', sa.BigInteger(), nullable=False),
    sa.Column('number', sa.String(length=12), nullable=False),
    sa.Column('state', sa.String(length=8), nullable=False),
    sa.Column('void_reason', sa.String(length=200), nullable=True),
    sa.Column('issued_at', sa.DateTime(), nullable=False),
    sa.Column('voided_at', sa.DateTime(), nullable=True),
    sa.CheckConstraint("state IN ('used', 'voided')", name=op.f('ck_awb_state')),
    sa.ForeignKeyConstraint(['carrier_id'], ['carrier.id'], name=op.f('fk_awb_carrier_id_carrier')),
    sa.ForeignKeyConstraint(['range_id'], ['awb_stock_range.id'], name=op.f('fk_awb_range_id_awb_stock_range')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_awb')),
    sa.UniqueConstraint('carrier_id', 'serial', name=op.f('uq_awb_carrier_id_serial')),
    sa.UniqueConstraint('number', name=op.f('uq_awb_number'))
    )
    op.create_table('flight',
    sa.Column('id', sa.BigInteger().with_variant(sa.Integer(), 'sqlite'), nullable=False),
    sa.Column('route_id', sa.BigInteger().with_variant(sa.Integer(), 'sqlite'), nullable=True),
    sa.Column('carrier_id', sa.BigInteger().with_variant(sa.Integer(), 'sqlite'), nullable=False),
    sa.Column('flight_number', sa.String(length=8), nullable=False),
    sa.Column('departure_date', sa.Date(), nullable=False),
    sa.Column('origin', sa.String(length=3), nullable=False),
    sa.Column('destination', sa.String(length=3), nullable=False),
    sa.Column('departs_at', sa.DateTime(), nullable=False),
    sa.Column('arrives_at', sa.DateTime(), nullable=False),
    sa.Column('aircraft_type', sa.String(length=10), nullable=False),
    sa.Column('registration', sa.String(length=10), nullable=True),
    sa.Column('allotment_weight_g', sa.BigInteger(), nullable=False),
    sa.Column('allotment_volume_cm3', sa.BigInteger(), nullable=False),
    sa.Column('status', sa.String(length=10), nullable=False),
    sa.CheckConstraint("status IN ('open', 'closed', 'cancelled')", name=op.f('ck_flight_status')),
    sa.CheckConstraint('allotment_volume_cm3 >= 0', name=op.f('ck_flight_allotment_volume')),
    sa.CheckConstraint('allotment_weight_g >= 0', name=op.f('ck_flight_allotment_weight')),
    sa.ForeignKeyConstraint(['aircraft_type'], ['aircraft_type.code'], name=op.f('fk_flight_aircraft_type_aircraft_type')),
    sa.ForeignKeyConstraint(['carrier_id'], ['carrier.id'], name=op.f('fk_flight_carrier_id_carrier')),
    sa.ForeignKeyConstraint(['destination'], ['airport.iata'], name=op.f('fk_flight_destination_airport')),
    sa.ForeignKeyConstraint(['origin'], ['airport.iata'], name=op.f('fk_flight_origin_airport')),
    sa.ForeignKeyConstraint(['route_id'], ['route.id'], name=op.f('fk_flight_route_id_route')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_flight')),
    sa.UniqueConstraint('carrier_id', 'flight_number', 'departure_date', name=op.f('uq_flight_carrier_id_flight_number_departure_date'))
    )
    with op.batch_alter_table('flight', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_flight_departs_at'), ['departs_at'], unique=False)
        batch_op.create_index('ix_flight_lane', ['origin', 'destination', 'departs_at'], unique=False)

    op.create_table('consignment',
    sa.Column('id', sa.BigInteger().with_variant(sa.Integer(), 'sqlite'), nullable=False),
    sa.Column('booking_ref', sa.String(length=24), nullable=False),
    sa.Column('client_request_id', sa.String(length=64), nullable=False),
    sa.Column('awb_id', sa.BigInteger().with_variant(sa.Integer(), 'sqlite'), nullable=False),
    sa.Column('shipper_id', sa.BigInteger().with_variant(sa.Integer(), 'sqlite'), nullable=False),
    sa.Column('consignee_id', sa.BigInteger().with_variant(sa.Integer(), 'sqlite'), nullable=False),
    sa.Column('origin', sa.String(length=3), nullable=False),
    sa.Column('destination', sa.String(length=3), nullable=False),
    sa.Column('flight_id', sa.BigInteger().with_variant(sa.Integer(), 'sqlite'), nullable=False),
    sa.Column('pieces', sa.Integer(), nullable=False),
    sa.Column('gross_weight_g', sa.BigInteger(), nullable=False),
    sa.Column('volume_cm3', sa.BigInteger(), nullable=False),
    sa.Column('chargeable_weight_g', sa.BigInteger(), nullable=False),
    sa.Column('goods_description', sa.String(length=140), nullable=False),
    sa.Column('hs_code', sa.String(length=12), nullable=True),
    sa.Column('shc', sa.String(length=40), nullable=False),
    sa.Column('security_status', sa.String(length=3), nullable=False),
    sa.Column('declared_value_minor', sa.BigInteger(), nullable=True),
    sa.Column('declared_value_currency', sa.String(length=3), nullable=True),
    sa.Column('payment', sa.String(length=2), nullable=False),
    sa.Column('space_status', sa.String(length=12), nullable=False),
    sa.Column('status', sa.String(length=12), nullable=False),
    sa.Column('milestone', sa.String(length=3), nullable=False),
    sa.Column('cancel_reason', sa.String(length=200), nullable=True),
    sa.Column('created_at', sa.DateTime(), nullable=False),
    sa.Column('updated_at', sa.DateTime(), nullable=False),
    sa.CheckConstraint("payment IN ('PP', 'CC')", name=op.f('ck_consignment_payment')),
    sa.CheckConstraint("security_status IN ('SPX', 'SCO', 'NSC')", name=op.f('ck_consignment_security_status')),
    sa.CheckConstraint("space_status IN ('requested', 'confirmed', 'waitlisted', 'refused')", name=op.f('ck_consignment_space_status')),
    sa.CheckConstraint("status IN ('booked', 'cancelled')", name=op.f('ck_consignment_status')),
    sa.CheckConstraint('gross_weight_g > 0', name=op.f('ck_consignment_gross_weight')),
    sa.CheckConstraint('pieces > 0', name=op.f('ck_consignment_pieces')),
    sa.CheckConstraint('volume_cm3 >= 0', name=op.f('ck_consignment_volume')),
    sa.ForeignKeyConstraint(['awb_id'], ['awb.id'], name=op.f('fk_consignment_awb_id_awb')),
    sa.ForeignKeyConstraint(['consignee_id'], ['customer.id'], name=op.f('fk_consignment_consignee_id_customer')),
    sa.ForeignKeyConstraint(['destination'], ['airport.iata'], name=op.f('fk_consignment_destination_airport')),
    sa.ForeignKeyConstraint(['flight_id'], ['flight.id'], name=op.f('fk_consignment_flight_id_flight')),
    sa.ForeignKeyConstraint(['origin'], ['airport.iata'], name=op.f('fk_consignment_origin_airport')),
    sa.ForeignKeyConstraint(['shipper_id'], ['customer.id'], name=op.f('fk_consignment_shipper_id_customer')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_consignment')),
    sa.UniqueConstraint('awb_id', name=op.f('uq_consignment_awb_id')),
    sa.UniqueConstraint('booking_ref', name=op.f('uq_consignment_booking_ref')),
    sa.UniqueConstraint('client_request_id', name=op.f('uq_consignment_client_request_id'))
    )
    with op.batch_alter_table('consignment', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_consignment_consignee_id'), ['consignee_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_consignment_created_at'), ['created_at'], unique=False)
        batch_op.create_index('ix_consignment_flight_space', ['flight_id', 'status', 'space_status'], unique=False)
        batch_op.create_index(batch_op.f('ix_consignment_shipper_id'), ['shipper_id'], unique=False)

    op.create_table('dimension_line',
    sa.Column('id', sa.BigInteger().with_variant(sa.Integer(), 'sqlite'), nullable=False),
    sa.Column('consignment_id', sa.BigInteger().with_variant(sa.Integer(), 'sqlite'), nullable=False),
    sa.Column('length_cm', sa.Integer(), nullable=False),
    sa.Column('width_cm', sa.Integer(), nullable=False),
    sa.Column('height_cm', sa.Integer(), nullable=False),
    sa.Column('pieces', sa.Integer(), nullable=False),
    sa.CheckConstraint('length_cm > 0 AND width_cm > 0 AND height_cm > 0 AND pieces > 0', name=op.f('ck_dimension_line_positive')),
    sa.ForeignKeyConstraint(['consignment_id'], ['consignment.id'], name=op.f('fk_dimension_line_consignment_id_consignment')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_dimension_line'))
    )
    with op.batch_alter_table('dimension_line', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_dimension_line_consignment_id'), ['consignment_id'], unique=False)

    op.create_table('lithium_declaration',
    sa.Column('consignment_id', sa.BigInteger().with_variant(sa.Integer(), 'sqlite'), nullable=False),
    sa.Column('packing_instruction', sa.String(length=5), nullable=False),
    sa.Column('cell_wh', sa.BigInteger(), nullable=True),
    sa.Column('battery_wh', sa.BigInteger(), nullable=True),
    sa.Column('cell_lithium_g', sa.BigInteger(), nullable=True),
    sa.Column('battery_lithium_g', sa.BigInteger(), nullable=True),
    sa.Column('state_of_charge_pct', sa.BigInteger(), nullable=True),
    sa.ForeignKeyConstraint(['consignment_id'], ['consignment.id'], name=op.f('fk_lithium_declaration_consignment_id_consignment')),
    sa.PrimaryKeyConstraint('consignment_id', name=op.f('pk_lithium_declaration'))
    )
    op.create_table('milestone',
    sa.Column('id', sa.BigInteger().with_variant(sa.Integer(), 'sqlite'), nullable=False),
    sa.Column('consignment_id', sa.BigInteger().with_variant(sa.Integer(), 'sqlite'), nullable=False),
    sa.Column('code', sa.String(length=3), nullable=False),
    sa.Column('station', sa.String(length=3), nullable=False),
    sa.Column('occurred_at', sa.DateTime(), nullable=False),
    sa.Column('recorded_at', sa.DateTime(), nullable=False),
    sa.Column('note', sa.String(length=200), nullable=True),
    sa.CheckConstraint("code IN ('BKD', 'RCS', 'MAN', 'DEP', 'ARR', 'RCF', 'NFD', 'DLV')", name=op.f('ck_milestone_code')),
    sa.ForeignKeyConstraint(['consignment_id'], ['consignment.id'], name=op.f('fk_milestone_consignment_id_consignment')),
    sa.ForeignKeyConstraint(['station'], ['airport.iata'], name=op.f('fk_milestone_station_airport')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_milestone'))
    )
    with op.batch_alter_table('milestone', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_milestone_consignment_id'), ['consignment_id'], unique=False)

    


def downgrade() -> None:
    
    with op.batch_alter_table('milestone', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_milestone_consignment_id'))

    op.drop_table('milestone')
    op.drop_table('lithium_declaration')
    with op.batch_alter_table('dimension_line', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_dimension_line_consignment_id'))

    op.drop_table('dimension_line')
    with op.batch_alter_table('consignment', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_consignment_shipper_id'))
        batch_op.drop_index('ix_consignment_flight_space')
        batch_op.drop_index(batch_op.f('ix_consignment_created_at'))
        batch_op.drop_index(batch_op.f('ix_consignment_consignee_id'))

    op.drop_table('consignment')
    with op.batch_alter_table('flight', schema=None) as batch_op:
        batch_op.drop_index('ix_flight_lane')
        batch_op.drop_index(batch_op.f('ix_flight_departs_at'))

    op.drop_table('flight')
    op.drop_table('awb')
    op.drop_table('route')
    with op.batch_alter_table('awb_stock_range', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_awb_stock_range_carrier_id'))

    op.drop_table('awb_stock_range')
    op.drop_table('setting')
    op.drop_table('number_series')
    op.drop_table('customer')
    op.drop_table('carrier')
    op.drop_table('airport')
    op.drop_table('aircraft_type')
    
