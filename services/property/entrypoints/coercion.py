"""The coercion window: when a forcible measure may be carried out."""
from shared.entrypoints import rpc
from shared.validation import load

from services.property.handlers import coercion as handlers
from services.property.schemas import TIME_IN, TIME_OUT


class CoercionEntrypoints:
    @rpc(permission="property.coercion.check")
    def forcible_measure_allowed(self, request):
        """Whether a forcible measure may be carried out at a moment (Law Art. 46; Decree
        62/2015 Art. 13.2), with every reason it may not, on the current calendar."""
        data = load(TIME_IN, request, "forcible measure time")
        return TIME_OUT.dump(handlers.forcible_measure_allowed(data, self.db, self.law,
                                                               self.caller))
