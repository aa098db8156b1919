"""The published language of the bus: one module per publishing party.

Importing this package registers every contract. Consumers depend on these schemas, never on
another service's code.
"""
from shared.contracts import cases  # noqa: F401
from shared.contracts import personnel  # noqa: F401
from shared.contracts import notifications  # noqa: F401
from shared.contracts import disclosure  # noqa: F401
from shared.contracts import property  # noqa: F401,A004
