"""Tables the platform library keeps in *every* service's database.

They share one metadata, separate from each service's own, and have their own alembic branch
(``shared/migrations/versions``, label ``platform``) applied to every service database.
"""
from datetime import datetime, timezone

from sqlalchemy import JSON, DateTime, Integer, String, Text, UniqueConstraint
from sqlalchemy.orm import DeclarativeBase, Mapped, mapped_column


def utcnow():
    return datetime.now(timezone.utc)


# How every database of the platform stores these Python types (services' Bases reuse it).
TYPE_ANNOTATION_MAP = {dict: JSON, list: JSON, datetime: DateTime(timezone=True)}


class PlatformBase(DeclarativeBase):
    type_annotation_map = TYPE_ANNOTATION_MAP


class OutboxMessage(PlatformBase):
    """An event written in the same transaction as the state change; the relay publishes it."""

    __tablename__ = "platform_outbox"

    id: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=True)
    event_id: Mapped[str] = mapped_column(String(36), unique=True)
    exchange: Mapped[str] = mapped_column(String(100))
    routing_key: Mapped[str] = mapped_column(String(200))
    envelope: Mapped[dict]
    headers: Mapped[dict]
    created_at: Mapped[datetime] = mapped_column(default=utcnow)
    published_at: Mapped[datetime | None] = mapped_column(index=True)
    attempts: Mapped[int] = mapped_column(default=0)
    last_error: Mapped[str | None] = mapped_column(Text)


class InboxRecord(PlatformBase):
    """A consumed message id, committed with the consumer's effect: a redelivery is a no-op."""

    __tablename__ = "platform_inbox"
    __table_args__ = (UniqueConstraint("consumer", "message_id"),)

    id: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=True)
    consumer: Mapped[str] = mapped_column(String(200))
    message_id: Mapped[str] = mapped_column(String(64))
    received_at: Mapped[datetime] = mapped_column(default=utcnow)


class AuditRecord(PlatformBase):
    """Who changed what, when, for which authority, on which legal basis."""

    __tablename__ = "platform_audit"

    id: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=True)
    occurred_at: Mapped[datetime] = mapped_column(default=utcnow)
    service: Mapped[str] = mapped_column(String(50))
    entrypoint: Mapped[str] = mapped_column(String(100))
    actor: Mapped[str] = mapped_column(String(100))
    role: Mapped[str] = mapped_column(String(50))
    authority: Mapped[str] = mapped_column(String(50), index=True)
    action: Mapped[str] = mapped_column(String(100))
    subject_type: Mapped[str] = mapped_column(String(50))
    subject_id: Mapped[str] = mapped_column(String(64), index=True)
    legal_basis: Mapped[str] = mapped_column(String(200))
    details: Mapped[dict] = mapped_column(default=dict)
    correlation_id: Mapped[str | None] = mapped_column(String(200))


class RpcRequest(PlatformBase):
    """A command's idempotency key and its reply, committed with the command's effect.

    A repeat of (entrypoint, caller, request_id) gets the stored reply instead of running again
    (see ``shared.idempotency``); ``fingerprint`` tells a repeat from a different request that
    reuses the key.
    """

    __tablename__ = "platform_rpc_request"
    __table_args__ = (UniqueConstraint("entrypoint", "caller", "request_id",
                                       name="uq_platform_rpc_request"),)

    id: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=True)
    entrypoint: Mapped[str] = mapped_column(String(100))
    caller: Mapped[str] = mapped_column(String(100))
    request_id: Mapped[str] = mapped_column(String(64))
    fingerprint: Mapped[str] = mapped_column(String(64))
    reply: Mapped[str] = mapped_column(Text)
    created_at: Mapped[datetime] = mapped_column(default=utcnow)
