"""Authorities of the 2025 structure, as an administrator sends them."""

HANOI = {"id": "HN", "name": "Civil Judgment Enforcement of Hanoi",
         "name_vi": "Thi hành án dân sự thành phố Hà Nội", "level": "provincial",
         "parent_id": None, "valid_from": "2025-07-01"}
HANOI_REGION_1 = {"id": "HN-01", "name": "Civil Judgment Enforcement Office, Region 1",
                  "name_vi": "Phòng Thi hành án dân sự khu vực 1", "level": "regional",
                  "parent_id": "HN", "valid_from": "2025-07-01"}


def authority(base, **changes):
    return {**base, **changes}
