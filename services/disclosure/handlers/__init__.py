"""The orchestration of the disclosure service, one module per capability group.

Each handler is a plain function ``(data, uow, law, caller) -> result``: ``data`` is the input as
the entrypoint loaded it (for an event, the envelope the platform verified against its contract),
``uow`` the unit of work (session, outbox, audit, deadlines), ``law`` the law context
(``params``, ``calendar``), ``caller`` the caller. Handlers import neither nameko nor eventlet.
"""
