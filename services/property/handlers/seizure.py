"""Seizure of the debtor's property (Decree 62/2015 Art. 24): the office's decision on an item,
a seizure (of the whole, or of the debtor's share), a refusal with its reasons (the enterprise
order of 24.5, joint land while other property suffices, ownership passed under a transaction),
or the notice to the mortgagee (24.3) — each a row, an event and an audit record."""
import uuid

from services.property.handlers.cases import case_of
from services.property.handlers.records import item_of
from services.property.models import Seizure
from services.property.rules import seizure as rules


def _refusals(data):
    checks = [rules.transaction_refusal(data["transaction"]),
              rules.joint_land_refusal(data["category"], data["jointly_owned"],
                                       data["other_property_sufficient"],
                                       data["litigants_requested"])]
    if data["debtor_kind"] == rules.ENTERPRISE:
        checks.append(rules.enterprise_order_refusal(
            data["category"], data["accounts_exhausted"], data["valuables_exhausted"],
            data.get("order_exception")))
    return [reason for reason in checks if reason]


def decide_seizure(data, uow, law, caller):
    """Seize an item, refuse with reasons, or notify the mortgagee (Art. 24). Returns the
    ``Seizure`` row."""
    case = case_of(uow, data["case_id"], caller)
    identity = caller.require_jurisdiction(case.authority)
    item = item_of(uow, case, data["property_id"])
    value, reasons = data["value"], _refusals(data)
    computations = {"value": value}
    if reasons:
        outcome, seized = rules.REFUSED, None
    elif rules.mortgage_covers_property(value, data.get("secured_debt")):
        outcome, seized = rules.MORTGAGEE_NOTIFIED, None
        reasons = [{"code": "mortgage_covers_value",
                    "text": f"the property ({value} VND) is worth no more than the debt it "
                            f"secures ({data['secured_debt']} VND): {data['mortgagee']} is "
                            "asked to inform the office when the debt is paid or the property "
                            "liquidated", "article": "Decree 62/2015 Art. 24.3"}]
    else:
        outcome, seized = rules.SEIZED, value
        if data["jointly_owned"]:
            seized = rules.debtor_share(value, data.get("share_numerator"),
                                        data.get("share_denominator"))
            computations["share"] = [data.get("share_numerator"), data.get("share_denominator")]
            if seized is None:
                reasons = [{"code": "share_to_be_determined", "text": "the debtor's share is "
                            "not determined: the co-owners are told to divide the property "
                            "(Law Art. 74.1)", "article": "Decree 62/2015 Art. 24.2(b)"}]
        computations["restrict_other_transactions"] = rules.voluntary_handover_restricts(
            data["voluntary"], value, data["debts_and_costs"])
    seizure = Seizure(
        id=str(uuid.uuid4()), case_id=case.case_id, authority=case.authority,
        property_id=item.id, outcome=outcome, decided_on=data["decided_on"],
        debtor_kind=data["debtor_kind"], category=data["category"], value_seized=seized,
        voluntary=data["voluntary"], reasons=reasons,
        legal_basis=(reasons[0]["article"] if reasons else rules.SEIZURE_DECIDED),
        computations=computations, decided_by=identity.user)
    uow.session.add(seizure)
    uow.emit("seizure.decided",
             {"seizure_id": seizure.id, "property_id": item.id, "outcome": outcome,
              "decided_on": seizure.decided_on, "value_seized": seized,
              "voluntary": seizure.voluntary, "reasons": reasons},
             authority=case.authority, case_id=case.case_id)
    uow.audit(f"seizure.{outcome}", subject_type="seizure", subject_id=seizure.id,
              legal_basis=seizure.legal_basis,
              details={"property_id": item.id, "reasons": [r["code"] for r in reasons]})
    return seizure
