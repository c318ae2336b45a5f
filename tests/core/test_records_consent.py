"""Consent as a history: each decision a new record, withdrawal included."""

from __future__ import annotations

import pytest

from vault.core import custody
from vault.core.consent import (
    consent_history,
    current_consent,
    current_consents,
    record_consent,
    withdraw_consent,
)
from vault.core.errors import InputError, UnknownId
from vault.core.persons import add_person
from vault.core.vault import Vault


def test_consent_round_trips_and_history_is_kept(vault: Vault, case_id: str) -> None:
    person = add_person(vault, case_id, "Davit Sargsyan", "witness")
    assert current_consent(vault, person.id) is None
    first = record_consent(
        vault, person.id, "ngo, legal", "required", recontact=True, date="2021-03-14"
    )
    assert first.share == ("legal", "ngo")  # canonical order
    assert first.recorded_by == "Test Operator"
    assert first.date.value == "2021-03-14"
    assert first.allows("legal") and not first.allows("media")
    second = record_consent(vault, person.id, ["legal", "media", "public"], "waived")
    assert second.anonymity_waived
    assert current_consent(vault, person.id) == second
    withdrawal = withdraw_consent(vault, person.id, note="Phoned: afraid for family.")
    assert withdrawal.withdrawn and withdrawal.share == ()
    assert not withdrawal.allows("legal") and not withdrawal.anonymity_waived
    history = consent_history(vault, person.id)
    assert history == [first, second, withdrawal]
    assert [c.number for c in history] == [1, 2, 3]
    assert current_consents(vault, case_id) == {person.id: withdrawal}
    events = [e for e in custody.events(vault.conn, person.id) if e.action == "consent-record"]
    assert [e.details["withdrawn"] for e in events] == [False, False, True]


@pytest.mark.parametrize(
    ("share", "anonymity", "words"),
    [
        ("legal,press", "required", "press"),
        ("", "required", "at least one"),
        ("legal", "partial", "anonymity"),
    ],
)
def test_bad_consent_is_refused_and_nothing_is_written(
    vault: Vault, case_id: str, share: str, anonymity: str, words: str
) -> None:
    person = add_person(vault, case_id, "Davit Sargsyan", "witness")
    before = custody.head(vault.conn)
    with pytest.raises(InputError, match=words):
        record_consent(vault, person.id, share, anonymity)
    assert consent_history(vault, person.id) == []
    assert custody.head(vault.conn) == before


def test_consent_for_an_unknown_person_is_refused(vault: Vault) -> None:
    with pytest.raises(UnknownId):
        record_consent(vault, "nobody", "legal", "required")


def test_consent_records_cannot_be_rewritten(vault: Vault, case_id: str) -> None:
    person = add_person(vault, case_id, "Davit Sargsyan", "witness")
    record_consent(vault, person.id, "legal", "required")
    with pytest.raises(Exception, match="history"):
        vault.conn.execute("UPDATE consents SET share = 'legal,media,public'")
