"""The published language of the bus: one module per publishing party.

Importing this package registers every contract. Consumers depend on these schemas, never on
another service's code.
"""
from shared.contracts import cases  # noqa: F401
from shared.contracts import personnel  # noqa: F401
from shared.contracts import notifications  # noqa: F401
from shared.contracts import disclosure  # noqa: F401
from shared.contracts import property  # noqa: F401,A004
from shared.contracts import bank  # noqa: F401  (answers of banks, issue 12)
from shared.contracts import treasury  # noqa: F401
from shared.contracts import vsdc  # noqa: F401
