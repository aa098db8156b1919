"""The cases property knows of (shared.known_cases): jurisdiction from what ``cases`` announced,
never from a caller's input."""
from functools import partial

from shared import known_cases

from services.property.models import KnownCase

#: (event, uow, law, caller) -> KnownCase: remember a case ``cases`` opened.
record_case_opened = partial(known_cases.record_opened, KnownCase)
#: (event, uow, law, caller) -> KnownCase: the case's jurisdiction follows its entrustment.
record_case_entrusted = partial(known_cases.record_entrusted, KnownCase)
#: (uow, case_id, caller) -> KnownCase of the caller's authority, else NotFound.
case_of = partial(known_cases.case_of, KnownCase)
