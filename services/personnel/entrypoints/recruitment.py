"""Recruitment: administrators list the authorities of Decree Art. 63.2, record provincial
recruitment boards and designations without examination (decided or refused with reasons)."""
from shared.entrypoints import rpc
from shared.validation import load

from services.personnel.handlers import recruitment as handlers
from services.personnel.schemas.careers import DECISION_OUT
from services.personnel.schemas.recruitment import (EXEMPT_AUTHORITY_IN, EXEMPT_AUTHORITY_OUT,
                                                    RECRUITMENT_BOARD_IN, RECRUITMENT_BOARD_OUT,
                                                    WITHOUT_EXAMINATION_IN)


class RecruitmentEntrypoints:
    @rpc(permission="personnel.recruitment.manage")
    def list_exempt_authority(self, listing):
        """Record an authority of the list of Decree Art. 63.2."""
        data = load(EXEMPT_AUTHORITY_IN, listing, "listing")
        return EXEMPT_AUTHORITY_OUT.dump(handlers.list_exempt_authority(data, self.db,
                                                                        self.law, self.caller))

    @rpc(permission="personnel.recruitment.manage")
    def constitute_recruitment_board(self, board):
        """Record a provincial recruitment board composed as Decree Art. 63.4 says."""
        data = load(RECRUITMENT_BOARD_IN, board, "board")
        return RECRUITMENT_BOARD_OUT.dump(handlers.constitute_recruitment_board(
            data, self.db, self.law, self.caller))

    @rpc(permission="personnel.career.decide")
    def designate_without_examination(self, designation):
        """Designate an enforcement officer without examination (Decree Art. 63), or refuse."""
        data = load(WITHOUT_EXAMINATION_IN, designation, "designation")
        return DECISION_OUT.dump(handlers.designate_without_examination(
            data, self.db, self.law, self.caller))
