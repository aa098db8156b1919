"""The personnel service: the authority tree (Decree 62/2015 Art. 52-54 and the 2025 structure),
its officials and their positions (Law Art. 17-18; Decree Art. 54.2, 66-72), and the assignment
of cases to officers (Law Art. 36; Decree Art. 10).

The class is the name, the providers and the entrypoint groups it is made of (entrypoints/);
the orchestration is in handlers/, the law in rules/.
"""
from shared.law import Law
from shared.service import PlatformService

from services.personnel.entrypoints.assignment import AssignmentEntrypoints
from services.personnel.entrypoints.authorities import AuthorityEntrypoints
from services.personnel.entrypoints.careers import CareerEntrypoints
from services.personnel.entrypoints.divisions import DivisionEntrypoints
from services.personnel.entrypoints.equipment import EquipmentEntrypoints
from services.personnel.entrypoints.examination import ExaminationEntrypoints
from services.personnel.entrypoints.inspection import InspectionEntrypoints
from services.personnel.entrypoints.instruments import InstrumentEntrypoints
from services.personnel.entrypoints.recruitment import RecruitmentEntrypoints
from services.personnel.entrypoints.staff import StaffEntrypoints
from services.personnel.entrypoints.structure import StructureEntrypoints


class PersonnelService(AuthorityEntrypoints, DivisionEntrypoints, StaffEntrypoints,
                       AssignmentEntrypoints, CareerEntrypoints, RecruitmentEntrypoints,
                       ExaminationEntrypoints, StructureEntrypoints, InspectionEntrypoints,
                       EquipmentEntrypoints, InstrumentEntrypoints, PlatformService):
    name = "personnel"
    law = Law()
