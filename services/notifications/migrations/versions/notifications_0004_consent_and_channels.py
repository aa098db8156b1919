"""notifications: consent to VNeID / the portal, requests for e-mail or fax, reported addresses

Issue 10 capability 2 (Decree 62/2015 Art. 12.1-12.3, 12.5): a person's consent or request is
recorded, dated and withdrawable (``channel_consent``); a new address the person reports
replaces the last known one (``address_report``); a notice says whether it is the initial
notification and, for e-mail or fax, where it goes; an attempt names the relative who received
it for an absent person (Law Art. 40.2; Decree Art. 12.2).

Revision ID: notifications_0004
Revises: notifications_0003
Create Date: 2026-11-29 09:45:00
"""
from typing import Sequence, Union

from alembic import op
import sqlalchemy as sa


revision: str = 'notifications_0004'
down_revision: Union[str, Sequence[str], None] = 'notifications_0003'
branch_labels: Union[str, Sequence[str], None] = None
depends_on: Union[str, Sequence[str], None] = None


def upgrade() -> None:
    with op.batch_alter_table('notice', schema=None) as batch_op:
        batch_op.add_column(sa.Column('initial', sa.Boolean(), server_default=sa.true(),
                                      nullable=False))
        batch_op.add_column(sa.Column('contact', sa.String(length=200), nullable=True))
    with op.batch_alter_table('delivery_attempt', schema=None) as batch_op:
        batch_op.add_column(sa.Column('relative_name', sa.String(length=200), nullable=True))
    op.create_table('channel_consent',
    sa.Column('id', sa.String(length=36), nullable=False),
    sa.Column('authority', sa.String(length=50), nullable=False),
    sa.Column('party_id', sa.String(length=50), nullable=False),
    sa.Column('channel', sa.String(length=30), nullable=False),
    sa.Column('contact', sa.String(length=200), nullable=True),
    sa.Column('given_on', sa.Date(), nullable=False),
    sa.Column('withdrawn_on', sa.Date(), nullable=True),
    sa.Column('legal_basis', sa.String(length=200), nullable=False),
    sa.Column('recorded_by', sa.String(length=200), nullable=False),
    sa.Column('withdrawn_by', sa.String(length=200), nullable=True),
    sa.Column('created_at', sa.DateTime(timezone=True), nullable=False),
    sa.PrimaryKeyConstraint('id')
    )
    with op.batch_alter_table('channel_consent', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_channel_consent_authority'), ['authority'],
                              unique=False)
        batch_op.create_index(batch_op.f('ix_channel_consent_party_id'), ['party_id'],
                              unique=False)
    op.create_table('address_report',
    sa.Column('id', sa.String(length=36), nullable=False),
    sa.Column('authority', sa.String(length=50), nullable=False),
    sa.Column('party_id', sa.String(length=50), nullable=False),
    sa.Column('address', sa.String(length=500), nullable=False),
    sa.Column('reported_on', sa.Date(), nullable=False),
    sa.Column('recorded_by', sa.String(length=200), nullable=False),
    sa.Column('created_at', sa.DateTime(timezone=True), nullable=False),
    sa.PrimaryKeyConstraint('id')
    )
    with op.batch_alter_table('address_report', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_address_report_authority'), ['authority'],
                              unique=False)
        batch_op.create_index(batch_op.f('ix_address_report_party_id'), ['party_id'],
                              unique=False)


def downgrade() -> None:
    with op.batch_alter_table('address_report', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_address_report_party_id'))
        batch_op.drop_index(batch_op.f('ix_address_report_authority'))
    op.drop_table('address_report')
    with op.batch_alter_table('channel_consent', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_channel_consent_party_id'))
        batch_op.drop_index(batch_op.f('ix_channel_consent_authority'))
    op.drop_table('channel_consent')
    with op.batch_alter_table('delivery_attempt', schema=None) as batch_op:
        batch_op.drop_column('relative_name')
    with op.batch_alter_table('notice', schema=None) as batch_op:
        batch_op.drop_column('contact')
        batch_op.drop_column('initial')
