"""The property service's own tables: the judgment debtor's property in a case."""
from datetime import date, datetime

from sqlalchemy import Numeric, String
from sqlalchemy.orm import DeclarativeBase, Mapped, mapped_column

from shared.known_cases import KnownCaseColumns
from shared.models import TYPE_ANNOTATION_MAP, utcnow


class Base(DeclarativeBase):
    type_annotation_map = TYPE_ANNOTATION_MAP


class PropertyItem(Base):
    """One item of a judgment debtor's property, declared by the debtor or found by the officer
    (Law Art. 44; Decree 62/2015 Art. 9.1: type, value and conditions of each property)."""

    __tablename__ = "property_item"

    id: Mapped[str] = mapped_column(String(36), primary_key=True)
    case_id: Mapped[str] = mapped_column(String(36), index=True)
    authority: Mapped[str] = mapped_column(String(50), index=True)
    debtor_party_id: Mapped[str] = mapped_column(String(50))
    kind: Mapped[str] = mapped_column(String(30))
    description: Mapped[str] = mapped_column(String(1000))
    # VND, as estimated when recorded (Art. 9.1); unknown until valued (Art. 26).
    estimated_value: Mapped[int | None] = mapped_column(Numeric(18, 0))
    status: Mapped[str] = mapped_column(String(20))  # a rules.lifecycle.PropertyStatus
    recorded_on: Mapped[date]
    recorded_by: Mapped[str] = mapped_column(String(100))
    created_at: Mapped[datetime] = mapped_column(default=utcnow)


class KnownCase(KnownCaseColumns, Base):
    """An enforcement case as ``cases`` announced it (``enforcement_case.opened``): the only
    source of a case's authority here (shared.known_cases)."""

    __tablename__ = "known_case"
