"""A new version of a statement keeps every redaction decision on unchanged text, at its
new offsets, and counts those that need a new look (vault/redact/carry.py)."""

from __future__ import annotations

from vault.core import custody
from vault.core.persons import add_person
from vault.core.statements import StatementDraft, add_statement, get_statement
from vault.core.vault import Vault
from vault.redact.carry import edit_statement_keeping_decisions
from vault.redact.proposals import add_span, decide, statement_redactions, suggest

BODY = (
    "Aram Hakobyan was held in Unit 2041. His brother called +374 91 123456 every week.\n"
    "Lusine Petrosyan saw the guards."
)


def test_decisions_on_unchanged_text_move_with_it_and_the_rest_are_counted(
    vault: Vault, case_id: str
) -> None:
    aram = add_person(vault, case_id, "Aram Hakobyan", "witness")
    add_person(vault, case_id, "Lusine Petrosyan", "witness")
    statement = add_statement(vault, case_id, StatementDraft(witness_id=aram.id, body=BODY))
    proposals = suggest(vault, statement.id)
    by_text = {p.matched_text: p for p in proposals}
    decide(vault, [by_text["Aram Hakobyan"].id], accept=True)
    decide(vault, [by_text["Lusine Petrosyan"].id], accept=False)
    phone = next(p for p in proposals if p.reason == "contact")
    decide(vault, [phone.id], accept=True)
    manual = add_span(vault, statement.id, BODY.index("Unit"), BODY.index("Unit") + 9, "location")
    undecided = [p for p in proposals if p.status == "proposed"] and len(proposals) - 3

    # Text added before every span, and the phone number's sentence rewritten.
    new_body = "Interview, second sitting.\n" + BODY.replace(
        "His brother called +374 91 123456 every week.", "His brother called +374 91 123457."
    )
    version, report = edit_statement_keeping_decisions(vault, statement.id, new_body)
    assert (report.kept, report.need_look) == (3, 1)
    assert report.proposals_dropped == undecided
    assert "1 on changed text need a new look" in report.describe()

    now = statement_redactions(vault, get_statement(vault, statement.id))
    assert {r.version_id for r in now} == {version.id}
    carried = {(r.matched_text, r.status, r.source) for r in now}
    assert carried == {
        ("Aram Hakobyan", "accepted", "detected"),
        ("Lusine Petrosyan", "rejected", "detected"),
        ("Unit 2041", "accepted", "manual"),
    }
    for record in now:  # each sits exactly on its words in the new text
        assert new_body[record.start : record.end] == record.matched_text
    assert manual.id not in {r.id for r in now}  # copies: the old version's rows stay
    event = custody.events(vault.conn)[-1]
    assert event.action == "redaction-carried" and event.details["need_look"] == 1
    assert "Hakobyan" not in str(event.details)


def test_a_span_cut_by_the_edit_is_looked_at_again_and_untouched_words_are_kept(
    vault: Vault, case_id: str
) -> None:
    aram = add_person(vault, case_id, "Aram", "witness")
    body = "They took Aram to the yard behind block C."
    statement = add_statement(vault, case_id, StatementDraft(witness_id=aram.id, body=body))
    start = body.index("the yard")
    add_span(vault, statement.id, start, start + len("the yard behind block C"), "location")
    add_span(vault, statement.id, body.index("Aram"), body.index("Aram") + 4, "identity")
    # Words inserted inside the first span: its text is not the same any more.
    new_body = "They took Aram to the yard, far behind block C."
    _, report = edit_statement_keeping_decisions(vault, statement.id, new_body)
    assert (report.kept, report.need_look) == (1, 1)
    [kept] = statement_redactions(vault, get_statement(vault, statement.id))
    assert new_body[kept.start : kept.end] == "Aram"
