"""The personnel service's own tables: the authorities of the judgment enforcement system."""
from datetime import date, datetime

from sqlalchemy import ForeignKey, String
from sqlalchemy.orm import DeclarativeBase, Mapped, mapped_column

from shared.models import TYPE_ANNOTATION_MAP, utcnow


class Base(DeclarativeBase):
    type_annotation_map = TYPE_ANNOTATION_MAP


class Authority(Base):
    """A judgment enforcement authority or managing authority (Decree 62/2015 Art. 52-55; since
    2025-07-01 the provincial agencies and their regional offices). ``valid_to`` is its last
    day; ``parent_id`` is the authority it is affiliated to (none for the top of a system)."""

    __tablename__ = "authority"

    id: Mapped[str] = mapped_column(String(50), primary_key=True)
    name: Mapped[str] = mapped_column(String(200))
    name_vi: Mapped[str] = mapped_column(String(200))
    level: Mapped[str] = mapped_column(String(30), index=True)
    parent_id: Mapped[str | None] = mapped_column(ForeignKey("authority.id"), index=True)
    valid_from: Mapped[date]
    valid_to: Mapped[date | None]
    # The dated structure rows the registration was checked against (Decree 62/2015 Art. 52-54
    # and the 2025 reorganisation, as rows of legal_parameters.yaml).
    parameters_used: Mapped[list]
    registered_by: Mapped[str] = mapped_column(String(100))
    registered_at: Mapped[datetime] = mapped_column(default=utcnow)
