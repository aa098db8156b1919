"""Authorities of the 2025 structure, as an administrator sends them."""

HANOI = {"id": "HN", "name": "Civil Judgment Enforcement of Hanoi",
         "name_vi": "Thi hành án dân sự thành phố Hà Nội", "level": "provincial",
         "parent_id": None, "valid_from": "2025-07-01"}
HANOI_REGION_1 = {"id": "HN-01", "name": "Civil Judgment Enforcement Office, Region 1",
                  "name_vi": "Phòng Thi hành án dân sự khu vực 1", "level": "regional",
                  "parent_id": "HN", "valid_from": "2025-07-01"}


def authority(base, **changes):
    return {**base, **changes}


# Officials of HN-01 (2025 structure), as an administrator sends them.
OFFICER_A = {"id": "CHV-A", "full_name": "Nguyễn Văn An", "identity_number": "001085000001",
             "authority_id": "HN-01"}
OFFICER_B = {"id": "CHV-B", "full_name": "Trần Thị Bình", "authority_id": "HN-01"}
OFFICER_C = {"id": "CHV-C", "full_name": "Lê Văn Cường", "authority_id": "HN-01"}


def appointment(officer_id, position="enforcement_officer_junior", authority_id="HN-01",
                valid_from="2025-07-01", decision_number="QD-123/QD-BTP"):
    return {"officer_id": officer_id, "authority_id": authority_id, "position": position,
            "valid_from": valid_from, "decision_number": decision_number}


def case(case_id="case-1", authority="HN-01", parties=None):
    return {"authority": authority, "case_id": case_id, "parties": parties or [
        {"party_id": "creditor-1", "name": "Công ty TNHH Minh Phát"},
        {"party_id": "debtor-1", "name": "Phạm Văn Dũng", "identity_number": "001080000009"}]}

# Another province of the 2025 structure, for transfers between provinces (Art. 70.1.b).
HCMC = {"id": "HCM", "name": "Civil Judgment Enforcement of Ho Chi Minh City",
        "name_vi": "Thi hành án dân sự Thành phố Hồ Chí Minh", "level": "provincial",
        "parent_id": None, "valid_from": "2025-07-01"}


def designation(officer_id, position="head", authority_id="HN-01", valid_from="2026-03-02",
                decider="general_director", decision_number="QD-501/QD-TCTHADS"):
    return {"officer_id": officer_id, "authority_id": authority_id, "position": position,
            "valid_from": valid_from, "decision_number": decision_number, "decider": decider}


def transfer(officer_id, target, kind="mobilisation", decider="provincial_director",
             valid_from="2026-04-01", **more):
    return {"officer_id": officer_id, "kind": kind, "target_authority_id": target,
            "valid_from": valid_from, "decision_number": "QD-88/QD-CTHADS",
            "decider": decider, "reason": "the workload of the receiving office", **more}


def dismissal(officer_id, ground="serious_violation", criminal_prosecution=False,
              decider="minister", last_day="2026-05-31"):
    return {"officer_id": officer_id, "ground": ground,
            "criminal_prosecution": criminal_prosecution, "decider": decider,
            "last_day": last_day, "decision_number": "QD-1200/QD-BTP",
            "facts": "kept a debtor's payment for 3 months (Law Art. 21.2)"}

# The structure before 2025 (Decree 62/2015 Art. 52): a province with a border district.
GENERAL_DEPARTMENT = {"id": "TCTHADS", "name": "General Department of Civil Judgment "
                      "Enforcement", "name_vi": "Tổng cục Thi hành án dân sự",
                      "level": "general_department", "parent_id": None,
                      "valid_from": "2009-07-01"}
LAO_CAI = {"id": "LC", "name": "Department of Civil Judgment Enforcement of Lao Cai",
           "name_vi": "Cục Thi hành án dân sự tỉnh Lào Cai", "level": "provincial",
           "parent_id": "TCTHADS", "valid_from": "2009-07-01", "valid_to": "2025-06-30"}
BAT_XAT = {"id": "LC-BX", "name": "Sub-department of Civil Judgment Enforcement of Bat Xat",
           "name_vi": "Chi cục Thi hành án dân sự huyện Bát Xát", "level": "district",
           "parent_id": "LC", "valid_from": "2009-07-01", "valid_to": "2025-06-30"}
BORDER_LISTING = {"authority_id": "LC-BX", "area": "border", "chief_district": False,
                  "allowance_coefficient_hundredths": 50,
                  "source": "Decree 62/2015, list enclosed (Art. 63.2)"}
LAO_CAI_BOARD = {"id": "HDTD-LC-2016", "authority_id": "LC", "decision_number": "QD-45/QD-BTP",
                 "constituted_on": "2016-01-15", "members": [
                     {"name": "Đặng Xuân Phong", "role": "chair"},
                     {"name": "Hoàng Văn Minh", "role": "deputy_chair"},
                     {"name": "Lý Thị Hoa", "role": "member_internal_affairs"},
                     {"name": "Vàng A Chính", "role": "member_justice"},
                     {"name": "Nông Văn Tú", "role": "member_bar_association"},
                     {"name": "Phạm Thị Thu", "role": "member_justice"},
                     {"name": "Giàng Seo Lử", "role": "member_internal_affairs"},
                     {"name": "Lò Văn Hùng", "role": "member_bar_association"},
                     {"name": "Trần Văn Lâm", "role": "secretary"}]}
CANDIDATE = {"id": "CB-LC-01", "full_name": "Sùng A Páo", "authority_id": "LC-BX"}


def without_examination(present=7, in_favour=6, valid_from="2016-02-11", years=5,
                        decider="minister", officer_id="CB-LC-01", authority_id="LC-BX"):
    return {"officer_id": officer_id, "authority_id": authority_id, "board_id": "HDTD-LC-2016",
            "meeting": {"held_on": "2016-02-01", "present": present, "in_favour": in_favour},
            "commitment_years": years, "commitment_signed_on": "2016-01-20",
            "valid_from": valid_from, "decision_number": "QD-210/QD-BTP", "decider": decider}

# An examination for junior officers of the civil system (Decree 62/2015 Art. 56-62).
JUNIOR_EXAM = {"id": "KT-2016", "rank": "enforcement_officer_junior", "system": "civil",
               "organiser_id": "TCTHADS", "examination_on": "2016-06-15",
               "board_decision_number": "QD-800/QD-BTP",
               "board_members": [{"name": "Nguyễn Thanh Tịnh", "role": "chair"},
                                 {"name": "Mai Lương Khôi", "role": "member"},
                                 {"name": "Lê Thị Hương", "role": "secretary"}]}
FIT = {"citizen": True, "law_degree": True, "legal_work_since": "2012-08-01",
       "training_completed": True, "health_fit": True, "criminal_prosecution": False,
       "disciplinary_action": False}


def nomination(officer_id, examination_id="KT-2016", **facts):
    return {"examination_id": examination_id, "officer_id": officer_id,
            "facts": {**FIT, **facts}}


# A Department's plan of support instruments and the General Director's allocation (Decree
# 62/2015 Art. 75.1) under which instruments are registered.
PLAN = {"id": "KH-HN-2025", "authority_id": "HN", "submitted_on": "2025-07-10",
        "requested": {"rubber_baton": 20, "pepper_spray": 10}}
ALLOCATION = {"plan_id": "KH-HN-2025", "decided_by_authority_id": "TCTHADS",
              "decision_number": "QD-75/QD-TCTHADS", "decided_on": "2025-07-25",
              "allocated": {"rubber_baton": 2, "pepper_spray": 10}}
