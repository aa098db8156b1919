"""personnel: candidates who are not officials on an examination's list

Issue 9 capability 3 (the remaining gap): Decree 62/2015 Art. 58.4, 59.1; Law Art. 18. A
candidate is an official (``officer_id``) or an applicant who is not one (``applicant_id``,
with the person's particulars in ``applicant``). A decision about an applicant refused
before they became an official names the applicant, not an officer.

Revision ID: personnel_0011
Revises: personnel_0010
Create Date: 2026-11-29 10:20:00
"""
from typing import Sequence, Union

from alembic import op
import sqlalchemy as sa


revision: str = 'personnel_0011'
down_revision: Union[str, Sequence[str], None] = 'personnel_0010'
branch_labels: Union[str, Sequence[str], None] = None
depends_on: Union[str, Sequence[str], None] = None


def upgrade() -> None:
    with op.batch_alter_table('exam_candidate', schema=None) as batch_op:
        batch_op.alter_column('officer_id', existing_type=sa.String(length=64), nullable=True)
        batch_op.add_column(sa.Column('applicant_id', sa.String(length=64), nullable=True))
        batch_op.add_column(sa.Column('applicant', sa.JSON(), nullable=True))
        batch_op.create_unique_constraint('uq_exam_candidate_examination_applicant',
                                          ['examination_id', 'applicant_id'])
        batch_op.create_check_constraint(
            'ck_exam_candidate_official_or_applicant',
            '(officer_id IS NULL) <> (applicant_id IS NULL)')
    with op.batch_alter_table('personnel_decision', schema=None) as batch_op:
        batch_op.alter_column('officer_id', existing_type=sa.String(length=64), nullable=True)
        batch_op.add_column(sa.Column('applicant_id', sa.String(length=64), nullable=True))


def downgrade() -> None:
    with op.batch_alter_table('personnel_decision', schema=None) as batch_op:
        batch_op.drop_column('applicant_id')
        batch_op.alter_column('officer_id', existing_type=sa.String(length=64), nullable=False)
    with op.batch_alter_table('exam_candidate', schema=None) as batch_op:
        batch_op.drop_constraint('ck_exam_candidate_official_or_applicant', type_='check')
        batch_op.drop_constraint('uq_exam_candidate_examination_applicant', type_='unique')
        batch_op.drop_column('applicant')
        batch_op.drop_column('applicant_id')
        batch_op.alter_column('officer_id', existing_type=sa.String(length=64), nullable=False)
