"""The base every service derives from: the cross-cutting providers, declared once.

``caller`` (signed identity), ``db`` (unit of work with outbox, inbox and audit) and ``metrics``
are DependencyProviders; ``/health`` and ``/metrics`` are served on the service's web port.
"""
import json

from sqlalchemy import text
from werkzeug.wrappers import Response

from shared import deadlines, eventhandler
from shared.auth import CallerProvider
from shared.calendar import today_in_vietnam
from shared.database import Database
from shared.entrypoints import http, timer
from shared.metrics import Metrics, exposition


class PlatformService:
    caller = CallerProvider()
    db = Database()
    metrics = Metrics()

    @timer(interval=60, eager=True)
    def mark_overdue_deadlines(self):
        """Deadlines whose last day has passed (in Vietnam) become overdue; export the counts."""
        today = today_in_vietnam()
        deadlines.mark_overdue(self.db.session, today)
        deadlines.export_counts(self.name, deadlines.count_by_state(self.db.session))

    @http("GET", "/health")
    def health(self, request):
        try:
            self.db.session.execute(text("SELECT 1"))
            database = "ok"
        except Exception as exc:  # health reports, it does not raise
            database = f"error: {type(exc).__name__}"
        # Events waiting for a delayed retry (database unavailable, RetryLater): not yet lost,
        # but not processed either.
        retrying = eventhandler.retrying(self.name)
        healthy = database == "ok" and retrying == 0
        body = {"service": self.name, "status": "ok" if healthy else "degraded",
                "database": database, "events_retrying": retrying}
        return Response(json.dumps(body), status=200 if healthy else 503,
                        mimetype="application/json")

    @http("GET", "/metrics")
    def prometheus(self, request):
        body, content_type = exposition()
        return Response(body, content_type=content_type)
