"""The orchestration of the personnel service, one module per capability group.

Each handler is a plain function ``(data, uow, law, caller) -> result``: ``data`` is the input as
the entrypoint loaded it, ``uow`` the unit of work (session, outbox, audit), ``law`` the law
context (``params``, ``calendar``), ``caller`` the caller (identity). Handlers import neither
nameko nor eventlet.
"""
