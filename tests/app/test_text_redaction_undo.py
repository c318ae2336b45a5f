"""Undoing a redaction decision: a new, logged decision restoring the earlier status (the
rows stay); refused when someone decided again since; and a withdrawn manual span never
counts as a person's "this may stay" for the name under it."""

from __future__ import annotations

import pytest

from vault.app import text_redaction as app
from vault.app.manage import audit_log
from vault.app.redaction import listing, statement_as_exported
from vault.core.consent import record_consent
from vault.core.errors import InputError
from vault.core.persons import add_person
from vault.core.statements import StatementDraft, add_statement
from vault.core.vault import Vault
from vault.redact.reversal import Reversal, revert

BODY = "My name is Aram Hakobyan. Call +374 91 234 5678."


@pytest.fixture
def statement_id(vault: Vault, case_id: str) -> str:
    witness = add_person(vault, case_id, "Aram Hakobyan", "witness")
    record_consent(vault, witness.id, "media", "required")
    return add_statement(vault, case_id, StatementDraft(witness.id, BODY)).id


def _status(vault: Vault, statement_id: str) -> dict[str, str]:
    return {
        r.matched_text or "": r.status for r in listing(vault, statement_id=statement_id).records
    }


def test_an_undone_accept_is_proposed_again_and_logged_without_the_words(
    vault: Vault, statement_id: str
) -> None:
    view = app.open_view(vault, statement_id, "media")
    name = next(p for p in view.proposals if p.kind == "name")
    change = app.decide_proposals(vault, [name.id], accept=True)
    assert change.count == 1 and _status(vault, statement_id)["Aram Hakobyan"] == "accepted"
    rows_before = len(listing(vault, statement_id=statement_id).records)
    app.undo(vault, change)
    assert _status(vault, statement_id)["Aram Hakobyan"] == "proposed"
    assert len(listing(vault, statement_id=statement_id).records) == rows_before
    (event,) = [e.event for e in audit_log(vault) if e.event.action == "redaction-reverted"]
    assert event.details["previous"] == "accepted" and event.details["restored"] == "proposed"
    assert "Aram" not in str(event.details)
    # The preview waits on that name again.
    exported = statement_as_exported(vault, statement_id, "media")
    assert "Aram Hakobyan" in [hit.text for _field, hit in exported.preview.undecided]
    # The same change cannot be undone twice.
    with pytest.raises(InputError, match="no longer the last one"):
        app.undo(vault, change)


def test_undo_refuses_to_overwrite_a_later_decision_and_writes_nothing(
    vault: Vault, statement_id: str
) -> None:
    view = app.open_view(vault, statement_id, "media")
    ids = [p.id for p in view.proposals]
    first = app.accept_every(vault, statement_id, "media")
    assert first.count == len(ids) == 2
    app.decide_proposals(vault, ids[1:], accept=False)  # a later decision on one of them
    events = len(audit_log(vault))
    with pytest.raises(InputError, match="rejected now, not accepted"):
        app.undo(vault, first)
    assert len(audit_log(vault)) == events
    assert sorted(_status(vault, statement_id).values()) == ["accepted", "rejected"]


def test_a_withdrawn_span_over_a_name_does_not_let_the_name_leave(
    vault: Vault, statement_id: str
) -> None:
    start = BODY.index("Aram")
    change = app.add_selected_span(
        vault, statement_id, "body", start, start + len("Aram Hakobyan"), "identity"
    )
    assert "Aram" not in statement_as_exported(vault, statement_id, "media").preview.texts.body
    app.undo(vault, change)  # withdrawn: kept, rejected
    assert _status(vault, statement_id) == {"Aram Hakobyan": "rejected"}
    exported = statement_as_exported(vault, statement_id, "media")
    # Detection still finds the name: nobody decided about it, so the export refuses.
    assert "Aram Hakobyan" in [hit.text for _field, hit in exported.preview.undecided]
    with pytest.raises(InputError, match="never proposed"):
        revert(vault, [Reversal(change.steps[0].redaction_id, "rejected", "proposed")])
