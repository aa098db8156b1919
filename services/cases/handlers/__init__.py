"""The orchestration of the cases service, one module per capability group.

Each handler is a plain function ``(data, uow, law, caller) -> result``: ``data`` is the input as
the entrypoint loaded it, ``uow`` the unit of work (session, outbox, audit, deadline book),
``law`` the law context (``params``, ``calendar``), ``caller`` the caller (identity and
jurisdiction). Handlers fetch, check jurisdiction, call the rules, owe and meet deadlines,
record, emit and audit; they import neither nameko nor eventlet.
"""
