"""Realistic inputs shared by the tests."""
import copy

JUDGMENT = {
    "court": "People's Court of Ba Dinh District, Hanoi",
    "number": "125/2026/DS-ST",
    "issued_on": "2026-09-15",
    "effective_on": "2026-10-01",
    "authority": "HN-01",
    "parties": [
        {"party_id": "P1", "name": "Nguyễn Văn An", "address": "12 Phố Huế, Hà Nội"},
        {"party_id": "P2", "name": "Trần Thị Bình", "address": "45 Kim Mã, Hà Nội"},
    ],
    "obligations": [
        {"obligation_id": "O1", "kind": "pay_money", "debtor_party_id": "P2",
         "creditor_party_id": "P1", "amount": 350000000,
         "description": "Repay the loan of VND 350,000,000"},
    ],
}


def judgment(**changes):
    data = copy.deepcopy(JUDGMENT)
    data.update(changes)
    return data


def request_for(judgment_id, **changes):
    data = {"judgment_id": judgment_id, "requester_party_id": "P1", "obligation_ids": ["O1"],
            "received_on": "2026-11-20", "content": "Request enforcement of the loan repayment"}
    data.update(changes)
    return data
