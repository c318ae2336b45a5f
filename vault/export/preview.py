"""A statement as an export for one profile would carry it, named as the bundle names people.

The text comes from ``vault.redact.preview.preview_statement``, the function the export
uses; what this adds is the export's view of people: export codes for those whose records
travel with the statement, ``[person]`` for everyone else, as ``export --statement ID``
would write them. Nothing is written (but the vault's export-code key, the first time).
"""

from __future__ import annotations

from dataclasses import dataclass

from vault.core.cases import get_case
from vault.core.persons import list_persons
from vault.core.statements import get_statement
from vault.core.vault import Vault
from vault.export.export_codes import person_export_codes
from vault.export.plan import ExportPlan, consent_refusal, travelling_persons
from vault.redact.export_text import PERSON_TOKEN
from vault.redact.hits import ProtectedName
from vault.redact.preview import StatementPreview, export_consents, preview_statement
from vault.redact.profiles import ProfilePolicy


@dataclass(frozen=True)
class ExportedStatement:
    """The preview, and why the statement would not leave at all (None: it would)."""

    preview: StatementPreview
    left_out: str | None


def statement_as_exported(vault: Vault, statement_id: str, profile: str) -> ExportedStatement:
    """The statement's texts as ``export --statement ID --profile PROFILE`` would carry
    them, with the hits nobody decided (which would refuse that export) and, when the
    witness's consent keeps it home, why. Refuses an unknown statement or profile."""
    statement = get_statement(vault, statement_id)
    case = get_case(vault, statement.case_id)
    policy = ProfilePolicy.of(profile)
    persons = list_persons(vault, case.id)
    consents = export_consents(vault, case.id)
    plan = ExportPlan(case, policy, persons, consents, [])
    travelling = travelling_persons(vault, plan, [statement])
    codes = person_export_codes(vault, persons)
    labels = {p.id: codes[p.id] if p.id in travelling else PERSON_TOKEN for p in persons}
    protected = [
        ProtectedName(n.person_ref, labels[n.person_ref], n.names)
        for n in policy.protected(persons, consents)
    ]
    preview = preview_statement(vault, statement, policy, protected, labels)
    refusal = consent_refusal(consents.get(statement.witness_id), policy.consent_category)
    return ExportedStatement(preview, refusal)
