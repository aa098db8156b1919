"""A small service for the idempotency and error tests (tests/shared/test_rpc_idempotency.py);
also run as a real process there (``nameko run tests.shared.rpc_probe:Probe``)."""
from sqlalchemy import text

from shared.entrypoints import http, rpc
from shared.models import InboxRecord
from shared.service import PlatformService


class Probe(PlatformService):
    name = "probe"

    @rpc(permission="probe.write")
    def record(self, name, details=None):
        """A command: one audit row, and a reply that says which row it wrote."""
        self.db.audit("probe.recorded", subject_type="probe", subject_id=name,
                      legal_basis="test", details=details or {})
        self.db.session.flush()
        row = self.db.session.execute(text("SELECT max(id) FROM platform_audit")).scalar()
        return {"name": name, "row": row}

    @rpc(permission="probe.write", read_only=True)
    def count(self):
        return self.db.session.execute(text("SELECT count(*) FROM platform_audit")).scalar()

    @rpc(permission="probe.write")
    def duplicate_inbox(self, message_id):
        """Breaks platform_inbox's unique key at commit (two rows, one key)."""
        self.db.session.add(InboxRecord(consumer="probe", message_id=message_id))
        self.db.session.add(InboxRecord(consumer="probe", message_id=message_id))

    @rpc(permission="probe.write")
    def huge_offset(self, page):
        """A page number PostgreSQL cannot take (a DataError raised in the method)."""
        return self.db.session.execute(
            text("SELECT id FROM platform_audit OFFSET :skip"), {"skip": page * 10}).all()

    @rpc(permission="probe.write")
    def lose_connection(self):
        """The server closes this worker's connection (an OperationalError)."""
        self.db.session.execute(text("SELECT pg_terminate_backend(pg_backend_pid())"))

    @http("GET", "/probe")
    def page(self, request):
        """The portal's bug: a huge page number reached SQL and the 500 page printed it."""
        skip = int(request.args.get("page", "1")) * 10
        rows = self.db.session.execute(
            text("SELECT subject_id FROM platform_audit OFFSET :skip"), {"skip": skip}).all()
        return str(len(rows))
