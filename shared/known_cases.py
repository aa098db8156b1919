"""The cases a service knows of, and the one way its handlers find a case's authority.

Jurisdiction comes from what ``cases`` announced (``enforcement_case.opened``, from a publisher
the platform verified), never from a caller's input. A case nobody announced and a case of
another authority are answered alike (``NotFound`` naming the case id, no authority named), so
an id tells a foreign caller nothing.

A service that needs it declares its own table with the columns of ``KnownCaseColumns`` (its
database, its migration), a one-line ``@event_handler("cases", "enforcement_case.opened")`` that
calls :func:`record_opened`, another for ``enforcement.entrusted`` that calls
:func:`record_entrusted` (the case's jurisdiction moves with it), and looks cases up with
:func:`case_of`.
"""
from datetime import date, datetime

from sqlalchemy import String
from sqlalchemy.orm import Mapped, mapped_column

from shared.errors import Conflict, NotFound, RetryLater
from shared.models import utcnow
from shared.validation import require_id


class KnownCaseColumns:
    """An enforcement case as ``cases`` announced it: which authority has jurisdiction over it."""

    case_id: Mapped[str] = mapped_column(String(36), primary_key=True)
    authority: Mapped[str] = mapped_column(String(50), index=True)
    judgment_id: Mapped[str] = mapped_column(String(64))
    opened_on: Mapped[date]
    source_event_id: Mapped[str] = mapped_column(String(36))
    created_at: Mapped[datetime] = mapped_column(default=utcnow)


def record_opened(model, event, uow, law=None, caller=None):
    """Remember the authority, judgment and opening day of a case ``cases`` opened. The same
    announcement twice is harmless; the same case under another authority is a ``Conflict``
    (the message is parked for an operator). Returns the ``model`` row."""
    case_id = require_id(event["case_id"], "case_id", max_length=36)
    payload = event["payload"]
    known = uow.session.get(model, case_id)
    if known is None:
        known = model(case_id=case_id, authority=event["authority"],
                      judgment_id=payload["judgment_id"], opened_on=payload["opened_on"],
                      source_event_id=str(event["event_id"]))
        uow.session.add(known)
    elif known.authority != event["authority"]:
        raise Conflict(f"case {case_id!r} is already known under another authority",
                       {"case_id": case_id})
    return known


def record_entrusted(model, event, uow, law=None, caller=None):
    """Follow a case ``cases`` entrusted to another authority (Decree 62/2015 Art. 16;
    ``enforcement.entrusted``): from now on ``to_authority`` has jurisdiction here, and the
    former authority's callers meet the case as any other authority's (``NotFound``).

    A case not yet known is ``RetryLater`` (its ``enforcement_case.opened`` may be behind); one
    already under ``to_authority`` is left alone; one under neither authority is a ``Conflict``
    (parked for an operator: the two services disagree on where the case is). The move is
    audited. Returns the ``model`` row."""
    case_id = require_id(event["case_id"], "case_id", max_length=36)
    payload = event["payload"]
    known = uow.session.get(model, case_id, with_for_update=True)
    if known is None:
        raise RetryLater(f"case {case_id!r} is not known yet")
    if known.authority == payload["to_authority"]:
        return known
    if known.authority != payload["from_authority"]:
        raise Conflict(f"case {case_id!r} is known under another authority than the one that "
                       "entrusted it", {"case_id": case_id})
    known.authority = payload["to_authority"]
    uow.audit("known_case.entrusted", subject_type="known_case", subject_id=case_id,
              legal_basis=payload["legal_basis"],
              details={"from_authority": payload["from_authority"],
                       "to_authority": payload["to_authority"],
                       "entrustment_id": payload["entrustment_id"],
                       "decision_number": payload["decision_number"],
                       "source_event_id": str(event["event_id"])})
    return known


def case_of(model, uow, case_id, caller):
    """The ``model`` row of ``case_id`` if it is of the caller's authority, else ``NotFound``."""
    known = uow.session.get(model, case_id)
    if known is None or known.authority != caller.identity.authority:
        raise NotFound(f"no enforcement case {case_id!r}", {"case_id": case_id})
    return known


def create_table_v1(op, sa):
    """The ``known_case`` table as its first migration creates it, in each service that keeps
    one (one definition for every such service's alembic branch; a later change of the columns
    is a new migration, not an edit of this)."""
    op.create_table(
        "known_case",
        sa.Column("case_id", sa.String(length=36), nullable=False),
        sa.Column("authority", sa.String(length=50), nullable=False),
        sa.Column("judgment_id", sa.String(length=64), nullable=False),
        sa.Column("opened_on", sa.Date(), nullable=False),
        sa.Column("source_event_id", sa.String(length=36), nullable=False),
        sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
        sa.PrimaryKeyConstraint("case_id"))
    with op.batch_alter_table("known_case", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_known_case_authority"), ["authority"], unique=False)


def drop_table_v1(op):
    with op.batch_alter_table("known_case", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_known_case_authority"))
    op.drop_table("known_case")
