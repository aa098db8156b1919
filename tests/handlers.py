"""The base of each service's handler driver in the handler tier (no broker).

A service's ``tests/services/<name>/handlers/conftest.py`` subclasses ``HandlerDriver`` with a
method per handler that loads the input as its entrypoint does; this class runs a handler in one
unit of work of a ``HandlerEnv`` (tests/conftest.py), acting as whom the test says.
"""
from shared.auth import Identity


class HandlerDriver:
    def __init__(self, env):
        self.env = env

    def as_(self, role, authority):
        """Act as ``role`` of ``authority`` from now on (returns self, for chaining)."""
        self.env.act_as(Identity(f"{role}@{authority}", role, authority))
        return self

    def run(self, handler, *args, read_only=False):
        """``handler(*args, uow, law, caller)`` in one unit of work, committed if it returns."""
        env = self.env
        with env.unit_of_work(read_only=read_only) as uow:
            return handler(*args, uow, env.law, env.caller)

    def rows(self, sql):
        return self.env.rows(sql)
