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
