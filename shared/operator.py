"""Operator commands that touch service databases: ``python -m shared.operator --help``.

    python -m shared.operator swap-day 2027-01-02 --working --source "Notice 123/TB-VPCP"
    python -m shared.operator swap-days                 # list the overrides of every service
    python -m shared.operator outbox                    # events waiting to be published

A swapped day is written to every service's database (each owns its calendar), so all of them
count periods the same way; the services re-read it within CALENDAR_REFRESH_SECONDS.
"""
import argparse
import sys
from datetime import date

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from shared.calendar_overrides import CalendarOverride
from shared.config import SERVICES, db_uri
from shared.database import make_engine
from shared.models import OutboxMessage


def _sessions(services):
    for service in services:
        engine = make_engine(db_uri(service))
        try:
            with Session(engine) as session:
                yield service, session
        finally:
            engine.dispose()


def swap_day(day, working, source, note=None, services=SERVICES):
    """Record that ``day`` is worked (or off) by official ``source``, in every service."""
    if not source.strip():
        raise ValueError("--source must name the official document announcing the swap")
    for _, session in _sessions(services):
        session.merge(CalendarOverride(day=day, working=working, source_document=source,
                                       note=note))
        session.commit()


def main(argv=None):
    parser = argparse.ArgumentParser(prog="python -m shared.operator", description=__doc__,
                                     formatter_class=argparse.RawDescriptionHelpFormatter)
    sub = parser.add_subparsers(dest="command", required=True)
    swap = sub.add_parser("swap-day", help="declare a day worked or off (all services)")
    swap.add_argument("day", type=date.fromisoformat)
    group = swap.add_mutually_exclusive_group(required=True)
    group.add_argument("--working", action="store_true")
    group.add_argument("--day-off", action="store_true")
    swap.add_argument("--source", required=True, help="the official document announcing it")
    swap.add_argument("--note")
    sub.add_parser("swap-days", help="list the swapped days of every service")
    sub.add_parser("outbox", help="events committed but not yet published, per service")
    args = parser.parse_args(argv)

    if args.command == "swap-day":
        swap_day(args.day, args.working, args.source, args.note)
        print(f"{args.day}: {'working day' if args.working else 'day off'} in every service")
    elif args.command == "swap-days":
        for service, session in _sessions(SERVICES):
            for row in session.scalars(select(CalendarOverride).order_by(CalendarOverride.day)):
                print(f"{service:14} {row.day} {'working' if row.working else 'off':8} "
                      f"{row.source_document}")
    else:
        for service, session in _sessions(SERVICES):
            pending, oldest = session.execute(
                select(func.count(), func.min(OutboxMessage.created_at))
                .where(OutboxMessage.published_at.is_(None))).one()
            # published, but no queue was bound: kept in platform.unrouted (shared.outbox)
            unrouted = session.scalar(select(func.count()).where(
                OutboxMessage.last_error.like("unrouted:%")))
            print(f"{service:14} pending={pending} oldest={oldest or '-'} unrouted={unrouted}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
