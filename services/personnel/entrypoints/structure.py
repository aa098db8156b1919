"""The structure of the authority tree: the administrators of the central (or military)
managing authority add and close its dated rows; every reader reads it."""
from shared.entrypoints import rpc
from shared.validation import load

from services.personnel.handlers import structure as handlers
from services.personnel.schemas.structure import (STRUCTURE_CHANGE_OUT, STRUCTURE_CLOSE_IN,
                                                  STRUCTURE_OUT, STRUCTURE_QUERY_IN,
                                                  STRUCTURE_ROW_IN)


class StructureEntrypoints:
    @rpc(permission="personnel.structure.edit")
    def record_structure_row(self, row):
        """Add a dated row of the tree's structure (Decree Art. 52-54)."""
        data = load(STRUCTURE_ROW_IN, row, "row")
        return STRUCTURE_CHANGE_OUT.dump(handlers.record_structure_row(data, self.db, self.law,
                                                                       self.caller))

    @rpc(permission="personnel.structure.edit")
    def close_structure_row(self, closing):
        """Close a row of the tree's structure on its last day (a reorganisation)."""
        data = load(STRUCTURE_CLOSE_IN, closing, "closing")
        return STRUCTURE_CHANGE_OUT.dump(handlers.close_structure_row(data, self.db, self.law,
                                                                      self.caller))

    @rpc(permission="personnel.authority.read", read_only=True)
    def get_structure(self, query):
        """The structure on a day: each level's parent levels and relation, with the rows."""
        data = load(STRUCTURE_QUERY_IN, query, "query")
        return STRUCTURE_OUT.dump(handlers.get_structure(data, self.db, self.law, self.caller))
