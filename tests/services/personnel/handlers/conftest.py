"""The personnel handlers run without a broker (``handler_env`` in tests/conftest.py), with the
input as the entrypoints load it."""
import pytest

from shared.validation import load

from services.personnel.handlers import (assignment, authorities, careers, divisions,
                                         equipment, examination, inspection, instruments,
                                         recruitment, staff, structure)
from services.personnel.schemas import (APPOINTMENT_IN, AUTHORITY_IN, CASE_FOR_ASSIGNMENT_IN,
                                        DIVISION_CLOSE_IN, DIVISION_JURISDICTION_IN,
                                        DIVISION_QUERY_IN, END_POSITION_IN, OFFICER_IN,
                                        OFFICER_STATUS_IN, RELATION_IN, RELEASE_IN,
                                        REPLACEMENT_DECIDERS_IN)
from services.personnel.schemas.careers import DISMISSAL_IN, MANAGER_DESIGNATION_IN, TRANSFER_IN
from services.personnel.schemas.equipment import (CARD_IN, CARD_LOST_IN, CARD_RETURN_IN,
                                                  INSIGNIA_QUERY_IN, UNIFORM_ISSUE_IN)
from services.personnel.schemas.examination import (APPLICATION_IN,
                                                    DESIGNATION_AFTER_EXAMINATION_IN,
                                                    EXAMINATION_IN, EXAMINATION_REF_IN,
                                                    FORWARD_LIST_IN, NOMINATION_IN, RESULTS_IN)
from services.personnel.schemas.inspection import INSPECTION_IN
from services.personnel.schemas.instruments import (ALLOCATION_IN, DELIVERY_IN, DISPOSAL_IN,
                                                    INSTRUMENT_IN, INSTRUMENT_INSPECTION_IN,
                                                    PLAN_IN, RETURN_IN)
from services.personnel.schemas.structure import (STRUCTURE_CLOSE_IN, STRUCTURE_QUERY_IN,
                                                  STRUCTURE_ROW_IN)
from services.personnel.schemas.recruitment import (EXEMPT_AUTHORITY_IN, RECRUITMENT_BOARD_IN,
                                                    WITHOUT_EXAMINATION_IN)
from tests.handlers import HandlerDriver


class Personnel(HandlerDriver):
    """The personnel handlers with loaded input, on one ``HandlerEnv``."""

    def register(self, data):
        return self.run(authorities.register_authority, load(AUTHORITY_IN, data))

    def get(self, authority_id):
        return self.run(authorities.get_authority, authority_id, read_only=True)

    def map_division(self, data):
        return self.run(divisions.record_division_jurisdiction,
                        load(DIVISION_JURISDICTION_IN, data))

    def close_division(self, data):
        return self.run(divisions.close_division_jurisdiction, load(DIVISION_CLOSE_IN, data))

    def competent(self, query):
        return self.run(divisions.competent_authority, load(DIVISION_QUERY_IN, query),
                        read_only=True)

    def register_officer(self, data):
        return self.run(staff.register_officer, load(OFFICER_IN, data))

    def appoint(self, data):
        return self.run(staff.appoint_position, load(APPOINTMENT_IN, data))

    def end(self, data):
        return self.run(staff.end_position, load(END_POSITION_IN, data))

    def set_status(self, data):
        return self.run(staff.change_officer_status, load(OFFICER_STATUS_IN, data))

    def relate(self, data):
        return self.run(staff.record_relation, load(RELATION_IN, data))

    def officer(self, officer_id):
        return self.run(staff.get_officer, officer_id, read_only=True)

    def assign(self, data):
        return self.run(assignment.assign_officer, load(CASE_FOR_ASSIGNMENT_IN, data))

    def release(self, data):
        return self.run(assignment.release_assignment, load(RELEASE_IN, data))

    def deciders(self, data):
        return self.run(assignment.replacement_deciders, load(REPLACEMENT_DECIDERS_IN, data),
                        read_only=True)

    def designate(self, data):
        return self.run(careers.designate_manager, load(MANAGER_DESIGNATION_IN, data))

    def transfer(self, data):
        return self.run(careers.transfer_officer, load(TRANSFER_IN, data))

    def dismiss(self, data):
        return self.run(careers.dismiss_officer, load(DISMISSAL_IN, data))

    def list_exempt(self, data):
        return self.run(recruitment.list_exempt_authority, load(EXEMPT_AUTHORITY_IN, data))

    def board(self, data):
        return self.run(recruitment.constitute_recruitment_board,
                        load(RECRUITMENT_BOARD_IN, data))

    def without_examination(self, data):
        return self.run(recruitment.designate_without_examination,
                        load(WITHOUT_EXAMINATION_IN, data))

    def open_exam(self, data):
        return self.run(examination.open_examination, load(EXAMINATION_IN, data))

    def nominate(self, data):
        return self.run(examination.nominate_candidate, load(NOMINATION_IN, data))

    def apply(self, data):
        return self.run(examination.register_applicant, load(APPLICATION_IN, data))

    def forward(self, data):
        return self.run(examination.forward_candidate_list, load(FORWARD_LIST_IN, data))

    def consider(self, examination_id):
        return self.run(examination.consider_applications,
                        load(EXAMINATION_REF_IN, {"examination_id": examination_id}))

    def results(self, data):
        return self.run(examination.record_examination_results, load(RESULTS_IN, data))

    def designate_passed(self, data):
        return self.run(examination.designate_passed_candidate,
                        load(DESIGNATION_AFTER_EXAMINATION_IN, data))

    def exam(self, examination_id):
        return self.run(examination.get_examination, examination_id, read_only=True)

    def add_row(self, data):
        return self.run(structure.record_structure_row, load(STRUCTURE_ROW_IN, data))

    def close_row(self, data):
        return self.run(structure.close_structure_row, load(STRUCTURE_CLOSE_IN, data))

    def structure(self, on):
        return self.run(structure.get_structure, load(STRUCTURE_QUERY_IN, {"on": on}),
                        read_only=True)

    def inspect(self, data):
        return self.run(inspection.assign_inspection, load(INSPECTION_IN, data))

    def issue_card(self, data):
        return self.run(equipment.issue_card, load(CARD_IN, data))

    def return_card(self, data):
        return self.run(equipment.return_card, load(CARD_RETURN_IN, data))

    def card_lost(self, data):
        return self.run(equipment.report_card_lost, load(CARD_LOST_IN, data))

    def cards(self, officer_id):
        return self.run(equipment.list_cards, officer_id, read_only=True)

    def uniform(self, data):
        return self.run(equipment.issue_uniform, load(UNIFORM_ISSUE_IN, data))

    def insignia(self, officer_id, on):
        return self.run(equipment.get_insignia,
                        load(INSIGNIA_QUERY_IN, {"officer_id": officer_id, "on": on}),
                        read_only=True)

    def plan(self, data):
        return self.run(instruments.submit_instrument_plan, load(PLAN_IN, data))

    def allocate(self, data):
        return self.run(instruments.decide_instrument_plan, load(ALLOCATION_IN, data))

    def instrument(self, data):
        return self.run(instruments.register_instrument, load(INSTRUMENT_IN, data))

    def deliver(self, data):
        return self.run(instruments.deliver_instrument, load(DELIVERY_IN, data))

    def take_back(self, data):
        return self.run(instruments.return_instrument, load(RETURN_IN, data))

    def inspect_instrument(self, data):
        return self.run(instruments.inspect_instrument, load(INSTRUMENT_INSPECTION_IN, data))

    def dispose(self, data):
        return self.run(instruments.dispose_instruments, load(DISPOSAL_IN, data))

    def decisions(self, officer_id):
        return self.run(careers.list_decisions, officer_id, read_only=True)


@pytest.fixture
def personnel(handler_env):
    return Personnel(handler_env("personnel", role="administrator", authority="HN"))
