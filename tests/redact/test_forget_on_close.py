"""Locking a vault leaves no piece of case text in memory: every cache detection and
search fill (name skeletons, short names, phone numbers) is empty after ``close``."""

from __future__ import annotations

from pathlib import Path

from tests.conftest import PASSPHRASE
from vault.core import skeleton
from vault.core.cases import add_case
from vault.core.persons import add_person
from vault.core.search import search
from vault.core.vault import Credential, Vault
from vault.redact import detect, phone_explain, phones, short_names
from vault.redact.profiles import ProfilePolicy
from vault.redact.proposals import policy_names

TEXT = "Aram Hakobyan (Aramik) called Hovhannes on +374 91 234 567 and 091 23 45 6."

CACHES = {
    "skeleton letters": skeleton._letter_ascii,
    "skeletons": skeleton.skeletons,
    "loose skeletons": skeleton.loose,
    "consonant skeletons": skeleton.consonants,
    "short names": short_names.short_forms,
    "phone runs": phones.phones_in_run,
    "phone explanations": phone_explain.explain,
}


def _filled() -> dict[str, int]:
    return {name: cache.cache_info().currsize for name, cache in CACHES.items()}


def test_closing_the_vault_empties_every_cache_of_case_text(vault_dir: Path) -> None:
    vault, _code = Vault.create(vault_dir, PASSPHRASE, "INV-01")
    case = add_case(vault, "Checkpoint").id
    add_person(vault, case, "Aram Hakobyan", "witness")
    add_person(vault, case, "Hovhannes Sargsyan", "victim")
    hits = detect(TEXT, policy_names(vault, case, ProfilePolicy.of("public")))
    found = " | ".join(h.text for h in hits)
    assert "Hakobyan" in found and "+374 91 234 567" in found, found
    search(vault, "Hakobian")
    filled = _filled()
    assert all(filled.values()), filled  # the test would prove nothing otherwise
    vault.close()
    assert _filled() == dict.fromkeys(CACHES, 0)


def test_a_context_manager_exit_forgets_too(vault_dir: Path) -> None:
    created, _code = Vault.create(vault_dir, PASSPHRASE, "INV-01")
    created.close()
    with Vault.open(vault_dir, Credential.passphrase(PASSPHRASE)) as vault:
        names = policy_names(vault, add_case(vault, "C").id, ProfilePolicy.of("public"))
        detect("Aram Hakobyan: call +374 91 234 567", names)
        assert phones.phones_in_run.cache_info().currsize
    assert _filled() == dict.fromkeys(CACHES, 0)
