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
