"""The codes a bundle uses, looked up in the sending vault (tests only).

Bundles name persons and the case by export codes (``vault/export/export_codes.py``), not
by the vault's numbered codes; tests that set up ``W-001`` look up what a recipient sees.
"""

from __future__ import annotations

from pathlib import Path

from tests.conftest import open_vault
from vault.core.cases import get_case
from vault.core.persons import list_persons
from vault.core.vault import Vault
from vault.export.export_codes import case_export_code, person_export_codes


def codes_in(vault: Vault, case_id: str) -> dict[str, str]:
    """Vault code -> bundle code for every person of the case, and the case's own code."""
    persons = list_persons(vault, case_id)
    codes = person_export_codes(vault, persons)
    case = get_case(vault, case_id)
    found = {p.code: codes[p.id] for p in persons}
    found[case.code] = case_export_code(vault, case)
    return found


def bundle_codes(vault_dir: Path, case_id: str) -> dict[str, str]:
    """:func:`codes_in` for a closed vault."""
    with open_vault(vault_dir) as vault:
        return codes_in(vault, case_id)
