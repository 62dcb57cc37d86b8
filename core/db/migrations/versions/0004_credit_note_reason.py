"""credit note reason

Revision ID: 0004
Revises: 0003
Create Date: 2026-11-29
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = '0004'
down_revision = '0003'
branch_labels = None
depends_on = None


def upgrade() -> None:
    # A plain ADD COLUMN, not batch mode: a batch "copy and move" would recreate the
    # table and drop the immutability triggers of 0003 with it.
    op.add_column('invoice', sa.Column('reason', sa.String(length=200), nullable=True))


def downgrade() -> None:
    op.drop_column('invoice', 'reason')
