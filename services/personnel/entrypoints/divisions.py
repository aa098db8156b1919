"""The competent authority of an administrative division: administrators record the map,
officers and ``cases`` look it up (for entrustment)."""
from shared.entrypoints import rpc
from shared.validation import load

from services.personnel.handlers import divisions as handlers
from services.personnel.schemas import (COMPETENT_AUTHORITY_OUT, DIVISION_CLOSE_IN,
                                        DIVISION_JURISDICTION_IN,
                                        DIVISION_JURISDICTION_OUT, DIVISION_QUERY_IN)


class DivisionEntrypoints:
    @rpc(permission="personnel.division.record")
    def record_division_jurisdiction(self, division):
        """Record the authority competent for a province or commune over a period."""
        data = load(DIVISION_JURISDICTION_IN, division, "division")
        return DIVISION_JURISDICTION_OUT.dump(handlers.record_division_jurisdiction(
            data, self.db, self.law, self.caller))

    @rpc(permission="personnel.division.record")
    def close_division_jurisdiction(self, closing):
        """Close a row of the map on its last day."""
        data = load(DIVISION_CLOSE_IN, closing, "closing")
        return DIVISION_JURISDICTION_OUT.dump(handlers.close_division_jurisdiction(
            data, self.db, self.law, self.caller))

    @rpc(permission="personnel.authority.read", read_only=True)
    def competent_authority(self, query):
        """The authority competent for a commune of a province on a day, and why."""
        data = load(DIVISION_QUERY_IN, query, "query")
        return COMPETENT_AUTHORITY_OUT.dump(handlers.competent_authority(data, self.db,
                                                                         self.law, self.caller))
