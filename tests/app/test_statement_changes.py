"""The application layer's statement changes as both shells call them: a new version
that keeps redaction decisions on unchanged words (and counts the others), and a details
correction that needs a reason, kept inside the vault and never in a bundle's custody."""

from __future__ import annotations

import json

import pytest

from vault.app.forms import save_statement_edit
from vault.app.manage import StatementMeta, audit_log, correct_statement
from vault.app.records import show
from vault.app.redaction import add_span
from vault.core.errors import InputError
from vault.core.persons import add_person
from vault.core.statements import StatementDraft, add_statement
from vault.core.vault import Vault

BODY = "Aram was taken to Unit 2041 at night."


def test_a_new_version_keeps_decisions_on_unchanged_words_and_counts_the_rest(
    vault: Vault, case_id: str
) -> None:
    witness = add_person(vault, case_id, "Aram Hakobyan", "witness")
    statement = add_statement(vault, case_id, StatementDraft(witness_id=witness.id, body=BODY))
    add_span(vault, statement.id, 0, 4, "identity")  # "Aram": kept
    unit = BODY.index("Unit 2041")
    add_span(vault, statement.id, unit, unit + 9, "location")  # changed below
    edit = save_statement_edit(vault, statement.id, BODY.replace("2041", "2042"), None)
    assert edit.version.number == 2
    assert (edit.carried.kept, edit.need_look) == (1, 1)
    with pytest.raises(InputError):
        save_statement_edit(vault, statement.id, None, None)


def test_a_correction_needs_a_reason_kept_in_the_vault_only(vault: Vault, case_id: str) -> None:
    witness = add_person(vault, case_id, "Aram Hakobyan", "witness")
    statement = add_statement(
        vault, case_id, StatementDraft(witness_id=witness.id, body=BODY, interview_date="2023-04")
    )
    with pytest.raises(InputError, match="why"):
        correct_statement(vault, statement.id, StatementMeta(interview_date="2023-05"), "  ")
    with pytest.raises(InputError, match="control characters"):
        correct_statement(vault, statement.id, StatementMeta(place="Gyumri"), "a\x07b")
    assert [e.event.action for e in audit_log(vault, record_id=statement.id)] == [
        "statement-create"
    ]
    corrected = correct_statement(
        vault, statement.id, StatementMeta(interview_date="2023-05"), "Month misheard"
    )
    assert corrected.interview_date is not None and corrected.interview_date.value == "2023-05"
    event = audit_log(vault, record_id=statement.id)[-1].event
    assert event.action == "edit" and event.details["changed"] == ["interview_date"]
    # The reason is kept beside the event, never in its details (it may name people),
    # and shown with the record.
    assert "Month misheard" not in json.dumps(event.details)
    (correction,) = show(vault, "statement", statement.id)["corrections"]
    assert correction["reason"] == "Month misheard"
    assert correction["changed"] == ["interview_date"] and correction["seq"] == event.seq
