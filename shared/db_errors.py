"""Database errors as the platform's typed errors: no SQL, no parameters, no personal data.

A driver's error message carries the statement and often the values (a name, an address, an
amount); nameko would send ``str(exc)`` to the caller and the portal would print it on a 500
page. ``translate`` turns each SQLAlchemy error into a ``PlatformError`` whose message and
details say what kind of failure it was and, for a constraint, which one:

- ``IntegrityError`` -> ``Conflict`` naming the constraint (``details["constraint"]``);
- ``DataError`` (a value out of range or too long for its column) -> ``ValidationError``;
- ``OperationalError`` / a lost connection / an exhausted pool -> ``ServiceUnavailable``;
- anything else from the database -> ``InternalError`` with a ``reference`` to the log line.

The original is logged (engines are made with ``hide_parameters=True``, so the log has the
statement but not the values).
"""
import logging
import re
import uuid

from sqlalchemy import exc as sa_exc

from shared.errors import Conflict, InternalError, ServiceUnavailable, ValidationError

log = logging.getLogger(__name__)

_SQLITE_CONSTRAINT = re.compile(r"(UNIQUE|NOT NULL|CHECK|FOREIGN KEY) constraint failed"
                                r"(?::\s*([\w., ]+))?")


def constraint_name(exc):
    """The name of the constraint an IntegrityError broke, or ``"unknown"``: never the SQL."""
    orig = getattr(exc, "orig", None)
    name = getattr(getattr(orig, "diag", None), "constraint_name", None)
    if name:
        return name
    match = _SQLITE_CONSTRAINT.search(str(orig) if orig is not None else "")
    if match:
        return (match.group(2) or match.group(1)).strip()
    return "unknown"


def _summary(exc):
    """What went wrong, without values: the server's primary message (its DETAIL line, which
    repeats the offending values, is left out), or for SQLite the driver's short message."""
    orig = getattr(exc, "orig", None)
    primary = getattr(getattr(orig, "diag", None), "message_primary", None)
    if primary:
        return primary
    if orig is not None and type(orig).__module__.startswith("sqlite3"):
        return str(orig)
    return type(orig or exc).__name__


def translate(exc, where=""):
    """The typed error to report for ``exc``, or ``None`` if it is not a database error."""
    if not isinstance(exc, (sa_exc.SQLAlchemyError, sa_exc.DBAPIError)):
        return None
    reference = uuid.uuid4().hex[:12]
    log.warning("database error (reference %s) in %s: %s: %s", reference, where,
                type(exc).__name__, _summary(exc))
    if isinstance(exc, sa_exc.IntegrityError):
        name = constraint_name(exc)
        return Conflict(f"the change conflicts with existing data ({name})",
                        {"constraint": name})
    if isinstance(exc, sa_exc.DataError):
        return ValidationError("a value is out of range or too long for where it is stored",
                               {"_schema": ["value out of range or too long"]})
    if isinstance(exc, (sa_exc.OperationalError, sa_exc.DisconnectionError, sa_exc.TimeoutError,
                        sa_exc.InterfaceError)):
        return ServiceUnavailable("the service's database is unavailable; nothing was done",
                                  {"reference": reference})
    return InternalError("internal error", {"reference": reference})


def translated(exc_info, where=""):
    """``exc_info`` with a database error replaced by its typed error (others unchanged)."""
    if not isinstance(exc_info, tuple) or exc_info[1] is None:
        return exc_info
    typed = translate(exc_info[1], where)
    if typed is None:
        return exc_info
    return (type(typed), typed, exc_info[2])
