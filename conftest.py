"""Root conftest: eventlet first, exactly as ``nameko run`` does it.

nameko 2.14's pytest plugin no longer monkey-patches; without the patch, services under test and
the PostgreSQL driver would block one another.
"""
import eventlet

eventlet.monkey_patch()  # noqa: E402  (must precede every other import)
