"""Register the platform's typed errors with nameko, so they cross the wire as themselves.

The errors themselves (``shared.errors``) know nothing of nameko; this entrypoint-layer module
registers every ``PlatformError`` subclass with ``deserialize_to_instance``. Services import it
through ``shared.entrypoints``; a caller outside the platform imports it once::

    import shared.remote_errors  # ValidationError, NotFound, ... arrive as themselves
"""
from nameko.exceptions import deserialize_to_instance

from shared import errors


def _subclasses(cls):
    for sub in cls.__subclasses__():
        yield sub
        yield from _subclasses(sub)


def register_all():
    """Register every subclass of ``PlatformError`` defined so far (idempotent)."""
    for cls in _subclasses(errors.PlatformError):
        deserialize_to_instance(cls)


register_all()
