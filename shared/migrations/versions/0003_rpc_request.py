"""platform table: RPC idempotency keys and their replies

Revision ID: platform_0003_rpc_request
Revises: platform_0002
"""
import sqlalchemy as sa
from alembic import op

revision = "platform_0003_rpc_request"
down_revision = "platform_0002"
branch_labels = None
depends_on = None


def upgrade():
    op.create_table(
        "platform_rpc_request",
        sa.Column("id", sa.Integer, primary_key=True, autoincrement=True),
        sa.Column("entrypoint", sa.String(100), nullable=False),
        sa.Column("caller", sa.String(100), nullable=False),
        sa.Column("request_id", sa.String(64), nullable=False),
        sa.Column("fingerprint", sa.String(64), nullable=False),
        sa.Column("reply", sa.Text, nullable=False),
        sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
        sa.UniqueConstraint("entrypoint", "caller", "request_id",
                            name="uq_platform_rpc_request"),
    )


def downgrade():
    op.drop_table("platform_rpc_request")
