"""valuing body choice (Decree 62/2015 Art. 25.1, 26.1: the order of the valuing bodies)

Revision ID: property_0006
Revises: property_0005
Create Date: 2026-11-29 10:40:00

"""
from typing import Sequence, Union

from alembic import op
import sqlalchemy as sa


revision: str = 'property_0006'
down_revision: Union[str, Sequence[str], None] = 'property_0005'
branch_labels: Union[str, Sequence[str], None] = None
depends_on: Union[str, Sequence[str], None] = None


def upgrade() -> None:
    op.create_table('valuing_body_choice',
    sa.Column('id', sa.String(length=36), nullable=False),
    sa.Column('case_id', sa.String(length=36), nullable=False),
    sa.Column('authority', sa.String(length=50), nullable=False),
    sa.Column('property_id', sa.String(length=36), nullable=False),
    sa.Column('step', sa.String(length=20), nullable=False),
    sa.Column('valuing_body', sa.String(length=200), nullable=False),
    sa.Column('province', sa.String(length=100), nullable=False),
    sa.Column('chosen_on', sa.Date(), nullable=False),
    sa.Column('outcome', sa.String(length=20), nullable=False),
    sa.Column('reasons', sa.JSON(), nullable=False),
    sa.Column('legal_basis', sa.String(length=300), nullable=False),
    sa.Column('computations', sa.JSON(), nullable=False),
    sa.Column('decided_by', sa.String(length=100), nullable=False),
    sa.Column('created_at', sa.DateTime(timezone=True), nullable=False),
    sa.PrimaryKeyConstraint('id')
    )
    with op.batch_alter_table('valuing_body_choice', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_valuing_body_choice_authority'), ['authority'], unique=False)
        batch_op.create_index(batch_op.f('ix_valuing_body_choice_case_id'), ['case_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_valuing_body_choice_property_id'), ['property_id'], unique=False)


def downgrade() -> None:
    with op.batch_alter_table('valuing_body_choice', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_valuing_body_choice_property_id'))
        batch_op.drop_index(batch_op.f('ix_valuing_body_choice_case_id'))
        batch_op.drop_index(batch_op.f('ix_valuing_body_choice_authority'))
    op.drop_table('valuing_body_choice')
