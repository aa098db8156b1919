"""Freezing listed securities at VSDC (Decree 62/2015 Art. 13.5(a)): the decision's contents
(holder's name, identity number and its day of issue; ticker symbols and quantities), sent as a
signed order that VSDC executes within 01 working day."""
from services.property.handlers import measures
from services.property.handlers.cases import case_of
from services.property.handlers.orders import send_order
from services.property.rules import institutions as rules


def order_securities_freeze(data, uow, law, caller, directory):
    """Record the freeze measure and send its order to the depository. Returns
    ``(measure, [order])``."""
    case = case_of(uow, data["case_id"], caller)
    caller.require_jurisdiction(case.authority)
    directory.institution(data["institution"])
    measure = measures.record_measure(
        uow, case, caller, kind="securities_freeze", decision=data["decision"],
        obligation=data["obligation_amount"], costs=data["costs_amount"], targeted=0,
        status=measures.DECIDED, legal_basis=rules.ART_13_5_A,
        explanation="securities frozen pending distraint (Art. 13.5(a)); their value is "
                    "judged when they are distrained and sold")
    holder = {**data["holder"], "id_issued_on": data["holder"]["id_issued_on"].isoformat()}
    order = send_order(uow, law, directory, case=case, kind="securities_freeze",
                       institution=data["institution"],
                       decision=measures.wire_decision(data["decision"]), measure_id=measure.id,
                       body={"holder": holder, "securities": data["securities"]})
    return measure, [order]
