"""The notifications service's own tables: notices owed to litigants and their delivery."""
from datetime import date, datetime

from sqlalchemy import String, UniqueConstraint
from sqlalchemy.orm import DeclarativeBase, Mapped, mapped_column

from shared.models import TYPE_ANNOTATION_MAP, utcnow


class Base(DeclarativeBase):
    type_annotation_map = TYPE_ANNOTATION_MAP


class Notice(Base):
    """A document to be notified to one person (Law Art. 39-43; Decree 62/2015 Art. 12)."""

    __tablename__ = "notice"
    __table_args__ = (UniqueConstraint("document_type", "document_id", "party_id"),)

    id: Mapped[str] = mapped_column(String(36), primary_key=True)
    authority: Mapped[str] = mapped_column(String(50), index=True)
    case_id: Mapped[str] = mapped_column(String(36), index=True)
    document_type: Mapped[str] = mapped_column(String(50))
    document_id: Mapped[str] = mapped_column(String(36))
    document_number: Mapped[str] = mapped_column(String(100))
    party_id: Mapped[str] = mapped_column(String(50))
    party_role: Mapped[str] = mapped_column(String(30))
    recipient_name: Mapped[str] = mapped_column(String(200))
    recipient_address: Mapped[str] = mapped_column(String(500))
    channel: Mapped[str] = mapped_column(String(30))
    status: Mapped[str] = mapped_column(String(20))  # a rules.lifecycle.NoticeStatus
    due_by: Mapped[date]
    source_event_id: Mapped[str] = mapped_column(String(36))
    created_at: Mapped[datetime] = mapped_column(default=utcnow)
