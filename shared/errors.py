"""Typed errors of the platform: plain Python, so rules and handlers raise them without nameko.

They cross the RPC boundary as themselves: nameko serialises an exception raised in a worker as
its class path and ``args``, and ``shared.remote_errors`` (the entrypoint layer, imported by
every service and by callers) registers each ``PlatformError`` subclass so the caller's side
rebuilds it; a caller writes ``except ValidationError as e: e.fields`` instead of parsing a
``RemoteError`` string. Keep ``args`` JSON-safe: they are the wire format.
"""


class PlatformError(Exception):
    """Base of every error the platform raises on purpose."""

    code = "platform_error"

    def __init__(self, message, details=None):
        super().__init__(message, details or {})

    @property
    def message(self):
        return self.args[0]

    @property
    def details(self):
        return self.args[1]

    def __str__(self):
        return f"{self.code}: {self.message}" + (f" {self.details}" if self.details else "")


class ValidationError(PlatformError):
    """The input is malformed or incomplete; ``fields`` names each bad field and why."""

    code = "validation_error"

    @property
    def fields(self):
        return self.details


class NotFound(PlatformError):
    code = "not_found"


class Conflict(PlatformError):
    """The request is valid but the state of the case does not allow it."""

    code = "conflict"


class Unauthenticated(PlatformError):
    """No identity, or one that is unsigned, expired or forged."""

    code = "unauthenticated"


class PermissionDenied(PlatformError):
    """A valid identity without the permission (or jurisdiction) the entrypoint requires."""

    code = "permission_denied"


EXPECTED_ERRORS = (ValidationError, NotFound, Conflict, Unauthenticated, PermissionDenied)


class RpcTimeout(PlatformError):
    """A service called by RPC did not answer in time; the call may or may not have run."""

    code = "rpc_timeout"


class ServiceUnavailable(PlatformError):
    """The service cannot reach what it depends on (its database); nothing was done. Retry
    later (with the same ``request_id``, see docs/architecture.md)."""

    code = "service_unavailable"


class InternalError(PlatformError):
    """An unexpected failure; the details are in the service's log under ``reference``, never in
    the error (no SQL, no parameters, no personal data)."""

    code = "internal_error"


class RetryLater(Exception):
    """Raise in an event handler whose event arrived before what it depends on (events are not
    ordered across processes): the message is requeued after a backoff, and parked after
    ``EVENT_RETRY_LIMIT`` attempts (shared.eventhandler). Plain, so handlers raise it without
    importing nameko; not a ``PlatformError``, since it never crosses the wire."""
