"""When a forcible measure may be carried out (Law Art. 46; Decree 62/2015 Art. 13.2), on the
platform's current calendar."""
from services.property.rules import coercion as rules


def forcible_measure_allowed(data, uow, law, caller):
    """The ``ForcibleMeasureTime`` of ``data["at"]`` with the debtor's traditional days."""
    return rules.forcible_measure_allowed_at(data["at"], law, data["traditional_days"])
