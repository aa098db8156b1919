"""Events published by the ``cases`` service."""
from marshmallow import Schema, fields, validate

from shared.registry import contract


class Party(Schema):
    party_id = fields.String(required=True)
    role = fields.String(required=True, validate=validate.OneOf(
        ["judgment_creditor", "judgment_debtor", "related_party"]))
    name = fields.String(required=True)
    address = fields.String(required=True)


@contract("enforcement_decision.issued", version=1, source="cases")
class EnforcementDecisionIssuedV1(Schema):
    """The head of an authority issued a judgment enforcement decision (Decree Art. 6-7).

    Every party listed must be notified (Law Art. 39: within 3 working days of issuance).
    """

    decision_id = fields.String(required=True)
    decision_number = fields.String(required=True)
    basis = fields.String(required=True, validate=validate.OneOf(["on_request", "automatic"]))
    issued_on = fields.Date(required=True)
    judgment_id = fields.String(required=True)
    judgment_number = fields.String(required=True)
    court = fields.String(required=True)
    parties = fields.List(fields.Nested(Party), required=True, validate=validate.Length(min=1))
    notify_by = fields.Date(required=True)


@contract("enforcement_case.opened", version=1, source="cases")
class EnforcementCaseOpenedV1(Schema):
    """A request for enforcement was accepted and a case opened (Law Art. 31; Decree Art. 4),
    or the authority opened one on its own initiative for an automatic decision (Law Art. 36.2;
    Decree Art. 6).

    The envelope's ``case_id`` and ``authority`` name the case and the enforcement authority
    that has jurisdiction over it: other services keep a local record of each case's authority
    from this event and never take jurisdiction from a caller's own input.
    """

    judgment_id = fields.String(required=True)
    opened_on = fields.Date(required=True)


@contract("enforcement_request.refused", version=1, source="cases")
class EnforcementRequestRefusedV1(Schema):
    """A request for enforcement was refused in writing (Law Art. 31.5(c); Decree Art. 7.2): its
    prescriptive limit (Law Art. 30.1) had expired after the deductions of Decree Art. 4.2-4.4;
    or (Law Art. 31.5(a); Decree Art. 7.4) the judgment does not clearly determine the amount or
    the debtor of the items named in ``obligation_ids``.

    The envelope's ``case_id`` is the refused request's record (status ``request_refused``);
    no case is opened. The refusal is to be delivered to the requester with its reasons.
    """

    refusal_id = fields.String(required=True)
    judgment_id = fields.String(required=True)
    requester_party_id = fields.String(required=True)
    obligation_ids = fields.List(fields.String(), required=True,
                                 validate=validate.Length(min=1))
    received_on = fields.Date(required=True)
    refused_on = fields.Date(required=True)
    legal_basis = fields.String(required=True)
    reasons = fields.List(fields.String(), required=True, validate=validate.Length(min=1))


# --- Decisions the public register follows (Decree 62/2015 Art. 9, 11; issue 11). ``cases``
# emits lacking_conditions.decided and enforcement.resumed (issue 8); ``disclosure`` consumes
# them. Every schema refuses unknown fields (marshmallow's default), so nothing beyond what
# Art. 11 lets be published can travel.


class RegisterDebtor(Schema):
    """The judgment debtor as the register may show them (Art. 11.1): name and address only."""

    party_id = fields.String(required=True, validate=validate.Length(min=1, max=64))
    name = fields.String(required=True, validate=validate.Length(min=1, max=200))
    address = fields.String(required=True, validate=validate.Length(min=1, max=500))


class RegisterObligation(Schema):
    """The obligation not yet satisfied, as the register may show it (Art. 11.1)."""

    text = fields.String(required=True, validate=validate.Length(min=1, max=1000))
    amount = fields.Integer(required=True, allow_none=True, strict=True,
                            validate=validate.Range(min=0))  # đồng; null if not a sum


@contract("lacking_conditions.decided", version=1, source="cases")
class LackingConditionsDecidedV1(Schema):
    """The head of the authority decided that the judgment debtor lacks conditions to satisfy
    the judgment (Decree 62/2015 Art. 9; Law Art. 44a). The debtor is to be published on the
    register within 5 working days of ``decided_on`` (Art. 11.1). Only the debtor's name,
    address and the obligation travel: no identity numbers, no account data. The envelope's
    ``case_id`` and ``authority`` are the case's."""

    decision_id = fields.String(required=True, validate=validate.Length(min=1, max=64))
    decision_number = fields.String(required=True, validate=validate.Length(min=1, max=100))
    decided_on = fields.Date(required=True)
    debtor = fields.Nested(RegisterDebtor, required=True)
    obligation = fields.Nested(RegisterObligation, required=True)


@contract("enforcement.resumed", version=1, source="cases")
class EnforcementResumedV1(Schema):
    """The decision to resume enforcement for the debtor (Decree 62/2015 Art. 9, 11.3): the
    debtor leaves the register within 2 working days of ``decided_on``."""

    decision_id = fields.String(required=True, validate=validate.Length(min=1, max=64))
    decided_on = fields.Date(required=True)
    debtor_party_id = fields.String(required=True, validate=validate.Length(min=1, max=64))


@contract("enforcement.fulfilled", version=1, source="cases")
class EnforcementFulfilledV1(Schema):
    """The certificate that the debtor fulfilled the obligation (Decree 62/2015 Art. 11.3): the
    debtor leaves the register within 2 working days of ``issued_on``."""

    certificate_id = fields.String(required=True, validate=validate.Length(min=1, max=64))
    issued_on = fields.Date(required=True)
    debtor_party_id = fields.String(required=True, validate=validate.Length(min=1, max=64))


class CorrectedDebtorFields(Schema):
    """The verified new values (only those that changed): name, address, obligation text."""

    name = fields.String(validate=validate.Length(min=1, max=200))
    address = fields.String(validate=validate.Length(min=1, max=500))
    obligation = fields.String(validate=validate.Length(min=1, max=1000))


@contract("debtor_details.corrected", version=1, source="cases")
class DebtorDetailsCorrectedV1(Schema):
    """A verified change of the debtor's name, address or obligation (Decree 62/2015 Art.
    11.2): the register is corrected within 3 working days of ``verified_on``."""

    party_id = fields.String(required=True, validate=validate.Length(min=1, max=64))
    changed = fields.Nested(CorrectedDebtorFields, required=True,
                            validate=lambda c: bool(c))
    verified_on = fields.Date(required=True)


@contract("verification.recorded", version=1, source="cases")
class VerificationRecordedV1(Schema):
    """The enforcement officer recorded the verification of the judgment debtor's conditions
    (Decree 62/2015 Art. 9.1; Law Art. 44). ``lacks_conditions`` owes the lacking-conditions
    decision by ``decision_due_on`` (Art. 9.4, 5 working days); ``has_conditions`` owes nothing
    (``decision_due_on`` null). The officer's note stays in ``cases`` (it may name property)."""

    verification_id = fields.String(required=True, validate=validate.Length(min=1, max=64))
    verified_on = fields.Date(required=True)
    finding = fields.String(required=True,
                            validate=validate.OneOf(["has_conditions", "lacks_conditions"]))
    decision_due_on = fields.Date(required=True, allow_none=True)


# --- Written before issues 8, 11 and 13 were worked on in parallel: the language between
# ``cases`` (part 1: public notice of Art. 15.1; part 2: closing a case) and ``disclosure``.


@contract("public_notice.requested", version=1, source="cases")
class PublicNoticeRequestedV1(Schema):
    """The office asks for a notice on the public portal (Decree 62/2015 Art. 12.5), e.g. the
    3-month notice looking for the heirs of a deceased debtor when none is known (Art. 15.1).
    ``disclosure`` shows it from ``posted_on`` to ``posted_until`` (inclusive)."""

    notice_id = fields.String(required=True, validate=validate.Length(min=1, max=64))
    kind = fields.String(required=True, validate=validate.OneOf(
        ["heir_search", "enforcement_notice"]))
    title = fields.String(required=True, validate=validate.Length(min=1, max=300))
    body = fields.String(required=True, validate=validate.Length(min=1, max=5000))
    legal_basis = fields.String(required=True, validate=validate.Length(min=1, max=200))
    posted_on = fields.Date(required=True)
    posted_until = fields.Date(required=True)


@contract("enforcement_case.closed", version=1, source="cases")
class EnforcementCaseClosedV1(Schema):
    """A case was closed (issue 13: fulfilment or termination). ``disclosure`` counts it in the
    open statistics by authority (the envelope's) and period; amounts are integer VND."""

    closed_on = fields.Date(required=True)
    ground = fields.String(required=True, validate=validate.OneOf(
        ["fulfilled", "terminated", "returned_request", "entrusted_out"]))
    received_on = fields.Date(required=True)
    amount_due = fields.Integer(required=True, strict=True, validate=validate.Range(min=0))
    amount_collected = fields.Integer(required=True, strict=True, validate=validate.Range(min=0))


# --- Issue 8 capability 8: postponement, suspension, termination and continuation (Law Art.
# 48-50; Decree 62/2015 Art. 14). The envelope's ``case_id`` and ``authority`` are the case's.


class _StopDecision(Schema):
    decision_id = fields.String(required=True, validate=validate.Length(min=1, max=64))
    decision_number = fields.String(required=True, validate=validate.Length(min=1, max=100))
    decided_on = fields.Date(required=True)
    ground = fields.String(required=True, validate=validate.Length(min=1, max=20))
    legal_basis = fields.String(required=True, validate=validate.Length(min=1, max=200))


@contract("enforcement.postponed", version=1, source="cases")
class EnforcementPostponedV1(_StopDecision):
    """Enforcement was postponed (Law Art. 48; Decree 62/2015 Art. 14) on ``ground`` (a clause
    of Law Art. 48, e.g. ``48.1.a``). ``partial``: Decree Art. 14.2, only the property before
    the court waits, the debtor's other property is seized. ``ends_by``: the last day of a
    postponement a protester asked for (Law Art. 48.2), else null."""

    partial = fields.Boolean(required=True)
    ends_by = fields.Date(required=True, allow_none=True)


@contract("enforcement.suspended", version=1, source="cases")
class EnforcementSuspendedV1(_StopDecision):
    """Enforcement was suspended (Law Art. 49) on ``ground`` (``49.1`` a protester's decision,
    ``49.2`` a bankruptcy petition accepted by the court)."""


@contract("enforcement.terminated", version=1, source="cases")
class EnforcementTerminatedV1(_StopDecision):
    """Enforcement was terminated (Law Art. 50) on ``ground`` (a clause of Law Art. 50.1); the
    case is closed."""


@contract("enforcement.continued", version=1, source="cases")
class EnforcementContinuedV1(Schema):
    """Enforcement continues after a postponement (Law Art. 48.4) or a suspension (Art. 49.3):
    ``stopped_by`` is the decision it ends, ``kind`` which one it was. Not the resumption after
    a lacking-conditions decision (``enforcement.resumed``, which the register acts on)."""

    decision_number = fields.String(required=True, validate=validate.Length(min=1, max=100))
    decided_on = fields.Date(required=True)
    stopped_by = fields.String(required=True, validate=validate.Length(min=1, max=64))
    kind = fields.String(required=True, validate=validate.OneOf(["postponement", "suspension"]))


# --- Issue 8 capability 5: the case's enforcement officer (Law Art. 36; Decree 62/2015
# Art. 10). ``personnel`` announces its own ``officer.assigned``; these are the case's acts.


@contract("case_officer.assigned", version=1, source="cases")
class CaseOfficerAssignedV1(Schema):
    """The case was given its enforcement officer (Law Art. 36), chosen by ``personnel``."""

    officer_id = fields.String(required=True, validate=validate.Length(min=1, max=64))
    assigned_on = fields.Date(required=True)
    legal_basis = fields.String(required=True, validate=validate.Length(min=1, max=200))


@contract("case_officer.replaced", version=1, source="cases")
class CaseOfficerReplacedV1(Schema):
    """The head replaced the case's officer at a litigant's request (Decree Art. 10.1, 10.3)."""

    replacement_id = fields.String(required=True, validate=validate.Length(min=1, max=64))
    ground = fields.String(required=True, validate=validate.Length(min=1, max=20))
    old_officer_id = fields.String(required=True, validate=validate.Length(min=1, max=64))
    new_officer_id = fields.String(required=True, validate=validate.Length(min=1, max=64))
    decided_on = fields.Date(required=True)


@contract("officer_replacement.rejected", version=1, source="cases")
class OfficerReplacementRejectedV1(Schema):
    """The head rejected a litigant's request to replace the officer, with its explanation
    (Decree Art. 10.3); to be delivered to the requester."""

    replacement_id = fields.String(required=True, validate=validate.Length(min=1, max=64))
    requested_by_party_id = fields.String(required=True,
                                          validate=validate.Length(min=1, max=64))
    ground = fields.String(required=True, validate=validate.Length(min=1, max=20))
    decided_on = fields.Date(required=True)
    explanation = fields.String(required=True, validate=validate.Length(min=1, max=2000))


# --- Issue 8 capability 10: entrustment (Decree 62/2015 Art. 16, 35).


@contract("enforcement.entrusted", version=1, source="cases")
class EnforcementEntrustedV1(Schema):
    """The case was entrusted to another authority (Decree 62/2015 Art. 16): from now on
    ``to_authority`` has jurisdiction over it. The envelope's ``authority`` is ``to_authority``
    (a service keeping each case's authority updates it from this event); ``case_id`` is
    unchanged, the case moves with its history."""

    entrustment_id = fields.String(required=True, validate=validate.Length(min=1, max=64))
    decision_number = fields.String(required=True, validate=validate.Length(min=1, max=100))
    decided_on = fields.Date(required=True)
    from_authority = fields.String(required=True, validate=validate.Length(min=1, max=50))
    to_authority = fields.String(required=True, validate=validate.Length(min=1, max=50))
    place_kind = fields.String(required=True, validate=validate.OneOf(
        ["collateral", "property", "head_office", "work", "residence"]))
    legal_basis = fields.String(required=True, validate=validate.Length(min=1, max=200))


# --- Issue 8 capability 9: transfer of rights and obligations (Decree 62/2015 Art. 15).


@contract("rights.transferred", version=1, source="cases")
class RightsTransferredV1(Schema):
    """Rights or obligations to enforcement passed on (Decree 62/2015 Art. 15): on the debtor's
    death (``period_ends_on``: the 30 days to deliver the property or agree, Art. 15.1(a), (b),
    or the 3 months of the heir-search notice) or between living persons (Art. 15.2)."""

    transfer_id = fields.String(required=True, validate=validate.Length(min=1, max=64))
    kind = fields.String(required=True, validate=validate.OneOf(
        ["debtor_death_property_held", "debtor_death_inheritance", "debtor_death_no_known_heir",
         "creditor_transfer", "debtor_transfer"]))
    from_party_id = fields.String(required=True, validate=validate.Length(min=1, max=64))
    decided_on = fields.Date(required=True)
    period_ends_on = fields.Date(required=True, allow_none=True)
    legal_basis = fields.String(required=True, validate=validate.Length(min=1, max=200))


@contract("rights_transfer.refused", version=1, source="cases")
class RightsTransferRefusedV1(Schema):
    """A transfer between living persons was refused in writing with its reasons (Decree 62/2015
    Art. 15.2: no signed document, or a debtor's transfer without the creditor's consent)."""

    transfer_id = fields.String(required=True, validate=validate.Length(min=1, max=64))
    kind = fields.String(required=True, validate=validate.OneOf(
        ["creditor_transfer", "debtor_transfer"]))
    from_party_id = fields.String(required=True, validate=validate.Length(min=1, max=64))
    decided_on = fields.Date(required=True)
    reasons = fields.List(fields.String(), required=True, validate=validate.Length(min=1))
    legal_basis = fields.String(required=True, validate=validate.Length(min=1, max=200))


@contract("dossier.opened", version=1, source="cases")
class DossierOpenedV1(Schema):
    """The case's officer opened the enforcement dossier of its decision (Decree 62/2015 Art.
    8.1, within 2 working days of the assignment)."""

    dossier_id = fields.String(required=True, validate=validate.Length(min=1, max=64))
    decision_id = fields.String(required=True, validate=validate.Length(min=1, max=64))
    opened_on = fields.Date(required=True)


@contract("enforcement_decision.revoked", version=1, source="cases")
class EnforcementDecisionRevokedV1(Schema):
    """The head of an authority revoked a judgment enforcement decision (Law Art. 37; Decree
    62/2015 Art. 15.3) with its ground, legal basis and reasons; the revocation is to be
    notified (Law Art. 39: by ``notify_by``). ``reissued_decision_id`` is the new decision issued
    with it (announced by its own ``enforcement_decision.issued``), null when none."""

    revocation_id = fields.String(required=True)
    revocation_number = fields.String(required=True)
    decision_id = fields.String(required=True)
    decision_number = fields.String(required=True)
    revoked_on = fields.Date(required=True)
    ground = fields.String(required=True, validate=validate.OneOf(
        ["ultra_vires", "error_changing_content", "basis_ceased", "rights_transferred"]))
    legal_basis = fields.String(required=True)
    reasons = fields.String(required=True)
    covered_case_ids = fields.List(fields.String(), required=True,
                                   validate=validate.Length(min=1))
    notify_by = fields.Date(required=True)
    reissued_decision_id = fields.String(required=True, allow_none=True)


# --- The money ledger of a case (issue 13; Law Art. 47; Decree 62/2015 Art. 37, 43-45, 49).
# Amounts are integer VND (strict). No account numbers travel.


@contract("money.received", version=1, source="cases")
class MoneyReceivedV1(Schema):
    """Money was recorded in the case's ledger (Law Art. 47.1; Decree Art. 49): a voluntary
    payment, or a collection ``property`` reported (``funds.collected``). It is to be paid out
    by ``pay_by`` (10 days)."""

    receipt_id = fields.String(required=True, validate=validate.Length(min=1, max=64))
    source = fields.String(required=True, validate=validate.Length(min=1, max=30))
    amount = fields.Integer(required=True, strict=True, validate=validate.Range(min=1))
    received_on = fields.Date(required=True)
    reference = fields.String(required=True, validate=validate.Length(min=1, max=128))
    pay_by = fields.Date(required=True)


class DistributionLine(Schema):
    kind = fields.String(required=True, validate=validate.OneOf(
        ["cost", "share", "reserved", "surplus"]))
    rank = fields.String(required=True, allow_none=True)
    obligation_id = fields.String(required=True, allow_none=True)
    party_id = fields.String(required=True, allow_none=True)
    amount = fields.Integer(required=True, strict=True, validate=validate.Range(min=0))
    fee = fields.Integer(required=True, strict=True, validate=validate.Range(min=0))
    rule = fields.String(required=True, validate=validate.Length(min=1, max=300))


@contract("distribution.decided", version=1, source="cases")
class DistributionDecidedV1(Schema):
    """The money received was distributed (Law Art. 47; Decree Art. 49.1, 49.7): each line with
    the rule that put it there; the lines' amounts add up to ``amount``."""

    distribution_id = fields.String(required=True, validate=validate.Length(min=1, max=64))
    decided_on = fields.Date(required=True)
    amount = fields.Integer(required=True, strict=True, validate=validate.Range(min=1))
    lines = fields.List(fields.Nested(DistributionLine), required=True,
                        validate=validate.Length(min=1))


@contract("payout.made", version=1, source="cases")
class PayoutMadeV1(Schema):
    """Money owed to a recipient was paid or deposited (Decree Art. 49.2-49.5). A deposit
    (``deposit``) is remitted to the State budget by ``remit_by`` if nobody comes (49.5)."""

    payout_id = fields.String(required=True, validate=validate.Length(min=1, max=64))
    party_id = fields.String(required=True, allow_none=True)
    amount = fields.Integer(required=True, strict=True, validate=validate.Range(min=1))
    method = fields.String(required=True, validate=validate.OneOf(
        ["at_office", "by_post", "by_transfer", "deposit"]))
    paid_on = fields.Date(required=True)
    remit_by = fields.Date(required=True, allow_none=True)


@contract("enforcement_cost.approved", version=1, source="cases")
class EnforcementCostApprovedV1(Schema):
    """The head of the authority approved an enforcement cost before forcible measures (Decree
    Art. 43, 45.1(b)); the litigants are notified of it."""

    cost_id = fields.String(required=True, validate=validate.Length(min=1, max=64))
    item = fields.String(required=True, validate=validate.Length(min=1, max=20))
    amount = fields.Integer(required=True, strict=True, validate=validate.Range(min=1))
    borne_by = fields.String(required=True, validate=validate.OneOf(["debtor", "creditor"]))
    approved_on = fields.Date(required=True)


@contract("result_certificate.issued", version=1, source="cases")
class ResultCertificateIssuedV1(Schema):
    """The written verification of the result of enforcement (Decree Art. 37) was issued;
    ``fulfilled`` when every obligation was fully discharged (``enforcement.fulfilled`` follows)."""

    certificate_id = fields.String(required=True, validate=validate.Length(min=1, max=64))
    issued_on = fields.Date(required=True)
    debtor_party_id = fields.String(required=True, validate=validate.Length(min=1, max=64))
    fulfilled = fields.Boolean(required=True)


@contract("cost_relief.applied", version=1, source="cases")
class CostReliefAppliedV1(Schema):
    """A litigant applied for exemption or reduction of an enforcement cost (Decree Art. 44.2):
    the office decides by ``decide_by`` (5 working days)."""

    relief_id = fields.String(required=True, validate=validate.Length(min=1, max=64))
    cost_id = fields.String(required=True, validate=validate.Length(min=1, max=64))
    ground = fields.String(required=True, validate=validate.OneOf(["44.1.a", "44.1.b", "44.1.c"]))
    applied_on = fields.Date(required=True)
    decide_by = fields.Date(required=True)


@contract("cost_relief.decided", version=1, source="cases")
class CostReliefDecidedV1(Schema):
    """The exemption or reduction was granted (``relief`` đồng), refused (``reasons``) or
    revoked (Decree Art. 44.3, 44.4)."""

    relief_id = fields.String(required=True, validate=validate.Length(min=1, max=64))
    outcome = fields.String(required=True, validate=validate.OneOf(
        ["granted", "refused", "revoked"]))
    decided_on = fields.Date(required=True)
    relief = fields.Integer(required=True, strict=True, validate=validate.Range(min=0))
    reasons = fields.List(fields.String(), required=True)
    legal_basis = fields.String(required=True, validate=validate.Length(min=1, max=200))


# --- Complaints about enforcement (Decree 62/2015 Art. 38; Law Art. 140; issue 13). The
# complaint's content stays in ``cases``.


@contract("complaint.received", version=1, source="cases")
class ComplaintReceivedV1(Schema):
    """A complaint was received (Decree Art. 38.1): ``reply_by`` is the last day to accept it or
    reply (null for a repetition kept under Art. 38.5, ``status`` ``kept_repeated``)."""

    complaint_id = fields.String(required=True, validate=validate.Length(min=1, max=64))
    complainant_party_id = fields.String(required=True, validate=validate.Length(min=1, max=64))
    subject_kind = fields.String(required=True, validate=validate.OneOf(
        ["account_freeze", "security_measure", "forcible_measure", "other"]))
    received_on = fields.Date(required=True)
    filed_late = fields.Boolean(required=True)
    reply_by = fields.Date(required=True, allow_none=True)
    status = fields.String(required=True, validate=validate.OneOf(["received", "kept_repeated"]))


@contract("complaint.progressed", version=1, source="cases")
class ComplaintProgressedV1(Schema):
    """A step of a complaint (Decree Art. 38): ``accepted``, ``not_accepted`` (the one reply,
    with ``reasons``), ``settled`` (with its ``result``), ``escalated`` (to ``escalated_to``,
    Art. 38.2) or ``review_requested`` (Art. 38.4)."""

    complaint_id = fields.String(required=True, validate=validate.Length(min=1, max=64))
    step = fields.String(required=True, validate=validate.OneOf(
        ["accepted", "not_accepted", "settled", "escalated", "review_requested"]))
    on = fields.Date(required=True)
    reasons = fields.List(fields.String(), required=True)
    legal_basis = fields.String(required=True, validate=validate.Length(min=1, max=200))
    escalated_to = fields.String(load_default=None, allow_none=True,
                                 validate=validate.Length(min=1, max=64))
    result = fields.String(load_default=None, allow_none=True, validate=validate.OneOf(
        ["upheld", "partly_upheld", "rejected"]))


# --- Exit suspension (Decree 62/2015 Art. 51; issue 13). Read by the immigration authority
# (docs/integrations.md, "Immigration: exit suspension"); the identity number travels only in
# these two events, which the broker lets only the ``immigration`` login read besides services.


class ExitPerson(Schema):
    """Whom the suspension concerns: the debtor, or an organisation's legal representative."""

    party_id = fields.String(required=True, validate=validate.Length(min=1, max=64))
    name = fields.String(required=True, validate=validate.Length(min=1, max=200))
    identity_number = fields.String(required=True, validate=validate.Length(min=1, max=30))
    nationality = fields.String(required=True, validate=validate.Length(equal=2))


@contract("exit_suspension.decided", version=1, source="cases")
class ExitSuspensionDecidedV1(Schema):
    """The head of the authority suspended the person's exit (Decree Art. 51.1): immigration
    stops the person at the border from ``decided_on`` until ``exit_suspension.lifted`` with the
    same ``suspension_id``."""

    suspension_id = fields.String(required=True, validate=validate.Length(min=1, max=64))
    decided_on = fields.Date(required=True)
    person = fields.Nested(ExitPerson, required=True)
    basis = fields.String(required=True, validate=validate.OneOf(["51.1.a", "51.1.b"]))
    legal_basis = fields.String(required=True, validate=validate.Length(min=1, max=200))


@contract("exit_suspension.lifted", version=1, source="cases")
class ExitSuspensionLiftedV1(Schema):
    """The suspension was lifted or cancelled (Decree Art. 51.4): immigration lets the person
    leave from ``lifted_on``. ``ground`` ``fulfilled`` when the ledger showed what the debtor
    owes covered (lifted automatically)."""

    suspension_id = fields.String(required=True, validate=validate.Length(min=1, max=64))
    lifted_on = fields.Date(required=True)
    identity_number = fields.String(required=True, validate=validate.Length(min=1, max=30))
    ground = fields.String(required=True, validate=validate.Length(min=1, max=30))
    legal_basis = fields.String(required=True, validate=validate.Length(min=1, max=200))


@contract("exit_suspension.refused", version=1, source="cases")
class ExitSuspensionRefusedV1(Schema):
    """A request to suspend the debtor's exit was refused, with its reasons (Art. 51.1-51.2)."""

    suspension_id = fields.String(required=True, validate=validate.Length(min=1, max=64))
    decided_on = fields.Date(required=True)
    requested_by_party_id = fields.String(required=True, allow_none=True)
    reasons = fields.List(fields.String(), required=True, validate=validate.Length(min=1))


@contract("judicial_assistance.progressed", version=1, source="cases")
class JudicialAssistanceProgressedV1(Schema):
    """A step of a request for judicial assistance abroad (Decree Art. 50.3): ``requested``
    (results due by ``results_due_on``, 6 months), ``satisfied``, ``second_attempt_needed``,
    ``second_attempt_failed``, or ``fallback`` (documents notified as Law Art. 43 says)."""

    assistance_id = fields.String(required=True, validate=validate.Length(min=1, max=64))
    step = fields.String(required=True, validate=validate.OneOf(
        ["requested", "satisfied", "second_attempt_needed", "second_attempt_failed",
         "fallback"]))
    on = fields.Date(required=True)
    attempt = fields.Integer(required=True, strict=True, validate=validate.OneOf([1, 2]))
    country = fields.String(required=True, validate=validate.Length(equal=2))
    results_due_on = fields.Date(required=True)
    legal_basis = fields.String(required=True, validate=validate.Length(min=1, max=200))


# --- Issue 8 capability 6: the litigants' agreements (Decree 62/2015 Art. 5). Art. 5.3's
# "suspend ... under Law Art. 50.1(c)" is a termination (đình chỉ) of part or all.


@contract("agreement.recorded", version=1, source="cases")
class AgreementRecordedV1(Schema):
    """The litigants' written agreement was filed (Decree 62/2015 Art. 5.1 ``before_decision``,
    5.2 ``after_decision``; ``non_enforcement`` is Art. 5.3, which owes the head's decision by
    ``decision_due_on``)."""

    agreement_id = fields.String(required=True, validate=validate.Length(min=1, max=64))
    judgment_id = fields.String(required=True, validate=validate.Length(min=1, max=64))
    kind = fields.String(required=True, validate=validate.OneOf(["performance",
                                                                 "non_enforcement"]))
    stage = fields.String(required=True, validate=validate.OneOf(["before_decision",
                                                                  "after_decision"]))
    obligation_ids = fields.List(fields.String(), required=True, validate=validate.Length(min=1))
    made_on = fields.Date(required=True)
    decision_due_on = fields.Date(required=True, allow_none=True)
    legal_basis = fields.String(required=True, validate=validate.Length(min=1, max=200))


@contract("agreement.witnessed", version=1, source="cases")
class AgreementWitnessedV1(Schema):
    """The enforcement officer witnessed and signed the agreement (Decree 62/2015 Art. 5.4)."""

    agreement_id = fields.String(required=True, validate=validate.Length(min=1, max=64))
    on = fields.Date(required=True)
    legal_basis = fields.String(required=True, validate=validate.Length(min=1, max=200))


@contract("agreement.witness_refused", version=1, source="cases")
class AgreementWitnessRefusedV1(Schema):
    """The officer refused to witness the agreement, with its grounds (keys of Art. 5.4's list)
    and reasons written on the agreement (Decree 62/2015 Art. 5.4, second paragraph)."""

    agreement_id = fields.String(required=True, validate=validate.Length(min=1, max=64))
    on = fields.Date(required=True)
    grounds = fields.List(fields.String(), required=True, validate=validate.Length(min=1))
    reasons = fields.String(required=True, validate=validate.Length(min=1, max=2000))
    legal_basis = fields.String(required=True, validate=validate.Length(min=1, max=200))


@contract("enforcement.terminated_by_agreement", version=1, source="cases")
class EnforcementTerminatedByAgreementV1(Schema):
    """The head decided not to enforce the items an agreement covers (Decree 62/2015 Art. 5.3;
    Law Art. 50.1(c)); ``partial`` when the case goes on for its other items. No litigant may
    request those items again."""

    agreement_id = fields.String(required=True, validate=validate.Length(min=1, max=64))
    decision_number = fields.String(required=True, validate=validate.Length(min=1, max=100))
    decided_on = fields.Date(required=True)
    obligation_ids = fields.List(fields.String(), required=True, validate=validate.Length(min=1))
    partial = fields.Boolean(required=True)
    legal_basis = fields.String(required=True, validate=validate.Length(min=1, max=200))


# --- Issue 8 capability 7: the rest of verification (Decree 62/2015 Art. 9.1, 9.2, 9.4-9.6).


@contract("debtor_declaration.recorded", version=1, source="cases")
class DebtorDeclarationRecordedV1(Schema):
    """The debtor's declaration (Decree 62/2015 Art. 9.1) was recorded, or that none was given;
    ``penalty_may_be_imposed`` flags a debtor who gave none or gave untruthful information (Art.
    9.1, third paragraph). The declared items stay in cases (not on the bus)."""

    declaration_id = fields.String(required=True, validate=validate.Length(min=1, max=64))
    declared_on = fields.Date(required=True)
    provided = fields.Boolean(required=True)
    penalty_may_be_imposed = fields.Boolean(required=True)


@contract("verification.delegated", version=1, source="cases")
class VerificationDelegatedV1(Schema):
    """Verification was delegated in writing to ``delegated_authority`` (Decree 62/2015 Art.
    9.2), its result due on ``due_on`` (30 days for registered property, 15 for other)."""

    delegation_id = fields.String(required=True, validate=validate.Length(min=1, max=64))
    delegated_authority = fields.String(required=True, validate=validate.Length(min=1, max=50))
    subject = fields.String(required=True, validate=validate.OneOf(["registered_property",
                                                                    "other"]))
    tasks = fields.String(required=True, validate=validate.Length(min=1, max=2000))
    number = fields.String(required=True, validate=validate.Length(min=1, max=100))
    delegated_on = fields.Date(required=True)
    due_on = fields.Date(required=True)


@contract("delegated_verification.extended", version=1, source="cases")
class DelegatedVerificationExtendedV1(Schema):
    """A difficult verification of registered property was extended; its result is now due on
    ``due_on`` (at most 45 days from the delegation, Decree 62/2015 Art. 9.2(a))."""

    delegation_id = fields.String(required=True, validate=validate.Length(min=1, max=64))
    extended_on = fields.Date(required=True)
    due_on = fields.Date(required=True)
    reasons = fields.String(required=True, validate=validate.Length(min=1, max=2000))


@contract("delegated_verification.answered", version=1, source="cases")
class DelegatedVerificationAnsweredV1(Schema):
    """The delegated authority's written result was received (Decree 62/2015 Art. 9.2)."""

    delegation_id = fields.String(required=True, validate=validate.Length(min=1, max=64))
    received_on = fields.Date(required=True)
    due_on = fields.Date(required=True)
    late = fields.Boolean(required=True)


@contract("new_information.received", version=1, source="cases")
class NewInformationReceivedV1(Schema):
    """New information on the debtor's conditions was received; the officer verifies it by
    ``due_on`` (10 days, Decree 62/2015 Art. 9.4, second paragraph)."""

    information_id = fields.String(required=True, validate=validate.Length(min=1, max=64))
    received_on = fields.Date(required=True)
    source = fields.String(required=True, validate=validate.Length(min=1, max=200))
    due_on = fields.Date(required=True)


@contract("case.separate_log_kept", version=1, source="cases")
class CaseSeparateLogKeptV1(Schema):
    """Every condition of Decree 62/2015 Art. 9.5 holds: the lacking-conditions case is kept in
    the separate log (``reasons`` is empty)."""

    tracking_id = fields.String(required=True, validate=validate.Length(min=1, max=64))
    reviewed_on = fields.Date(required=True)
    lacking_conditions_decision_id = fields.String(required=True,
                                                   validate=validate.Length(min=1, max=64))
    reasons = fields.List(fields.String(), required=True)
    legal_basis = fields.String(required=True, validate=validate.Length(min=1, max=200))


@contract("case.separately_monitored", version=1, source="cases")
class CaseSeparatelyMonitoredV1(CaseSeparateLogKeptV1):
    """A condition of Decree 62/2015 Art. 9.5 fails (``reasons`` names each): the case is
    monitored separately and new information is verified (Art. 9.6)."""


@contract("agreement.breached", version=1, source="cases")
class AgreementBreachedV1(Schema):
    """A party did not perform the agreement (Decree 62/2015 Art. 5.1-5.2, second paragraphs;
    Law Art. 6.2): the unperformed obligations of ``obligation_ids`` may be enforced under the
    judgment, and a termination by this agreement no longer bars a new request."""

    agreement_id = fields.String(required=True, validate=validate.Length(min=1, max=64))
    breached_on = fields.Date(required=True)
    breaching_party_id = fields.String(required=True, validate=validate.Length(min=1, max=64))
    obligation_ids = fields.List(fields.String(), required=True, validate=validate.Length(min=1))
    legal_basis = fields.String(required=True, validate=validate.Length(min=1, max=200))


@contract("enforcement_cost.advanced", version=1, source="cases")
class EnforcementCostAdvancedV1(Schema):
    """An approved enforcement cost was advanced (Decree 62/2015 Art. 45.1): by the authority
    from its budget (``party_id`` null) or voluntarily by a litigant."""

    advance_id = fields.String(required=True, validate=validate.Length(min=1, max=64))
    cost_id = fields.String(required=True, validate=validate.Length(min=1, max=64))
    advanced_by = fields.String(required=True, validate=validate.OneOf(["authority", "litigant"]))
    party_id = fields.String(required=True, allow_none=True,
                             validate=validate.Length(min=1, max=50))
    amount = fields.Integer(required=True, strict=True, validate=validate.Range(min=1))
    advanced_on = fields.Date(required=True)


@contract("foreign_assistance_request.received", version=1, source="cases")
class ForeignAssistanceRequestReceivedV1(Schema):
    """A provincial or military-zone authority (the envelope's; no case) received a foreign
    authority's request for judicial assistance in enforcement (Decree 62/2015 Art. 50.4)."""

    request_id = fields.String(required=True, validate=validate.Length(min=1, max=64))
    country = fields.String(required=True, validate=validate.Length(equal=2))
    foreign_reference = fields.String(required=True, validate=validate.Length(min=1, max=128))
    received_on = fields.Date(required=True)
    legal_basis = fields.String(required=True, validate=validate.Length(min=1, max=200))
