"""How a handler returns a written row: its columns as a dict (the entrypoint's output schema
then picks and dumps the fields it publishes)."""


def columns(record, **more):
    """Every column of ``record`` by name, plus ``more``."""
    return {**{c.name: getattr(record, c.name) for c in record.__table__.c}, **more}
