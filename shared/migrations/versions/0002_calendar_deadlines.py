"""platform tables: calendar overrides, deadlines

Revision ID: platform_0002
Revises: platform_0001
"""
import sqlalchemy as sa
from alembic import op

revision = "platform_0002"
down_revision = "platform_0001"
branch_labels = None
depends_on = None


def upgrade():
    op.create_table(
        "platform_calendar_override",
        sa.Column("day", sa.Date, primary_key=True),
        sa.Column("working", sa.Boolean, nullable=False),
        sa.Column("source_document", sa.String(200), nullable=False),
        sa.Column("note", sa.Text),
        sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
    )
    op.create_table(
        "platform_deadline",
        sa.Column("id", sa.Integer, primary_key=True, autoincrement=True),
        sa.Column("rule_id", sa.String(100), nullable=False),
        sa.Column("article", sa.String(200), nullable=False),
        sa.Column("authority", sa.String(50), nullable=False),
        sa.Column("case_id", sa.String(64)),
        sa.Column("subject_type", sa.String(50), nullable=False),
        sa.Column("subject_id", sa.String(64), nullable=False),
        sa.Column("starts_on", sa.Date, nullable=False),
        sa.Column("length", sa.Integer, nullable=False),
        sa.Column("unit", sa.String(20), nullable=False),
        sa.Column("due_on", sa.Date, nullable=False),
        sa.Column("status", sa.String(10), nullable=False),
        sa.Column("met_on", sa.Date),
        sa.Column("parameters_used", sa.JSON, nullable=False),
        sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
    )
    op.create_index("ix_platform_deadline_authority", "platform_deadline", ["authority"])
    op.create_index("ix_platform_deadline_case_id", "platform_deadline", ["case_id"])
    op.create_index("ix_platform_deadline_subject", "platform_deadline",
                    ["subject_type", "subject_id", "rule_id"])
    op.create_index("ix_platform_deadline_status_due", "platform_deadline", ["status", "due_on"])


def downgrade():
    op.drop_table("platform_deadline")
    op.drop_table("platform_calendar_override")
