"""The window's settings inside the vault: defaults, validation, damaged values."""

from __future__ import annotations

import pytest

from vault.app.gui_settings import (
    IDLE_KEY,
    REMEMBER_KEY,
    GuiSettings,
    gui_settings,
    save_gui_settings,
)
from vault.core.errors import InputError
from vault.core.vault import Vault


def _custody_count(vault: Vault) -> int:
    return int(vault.conn.execute("SELECT count(*) FROM custody").fetchone()[0])


def test_defaults_then_saved_values_with_one_custody_event(vault: Vault) -> None:
    assert gui_settings(vault) == GuiSettings(5, True)
    before = _custody_count(vault)
    assert save_gui_settings(vault, GuiSettings(5, True)) == GuiSettings(5, True)
    assert _custody_count(vault) == before  # nothing changed, nothing logged
    saved = save_gui_settings(vault, GuiSettings(0, False))
    assert saved == GuiSettings(0, False) == gui_settings(vault)
    assert _custody_count(vault) == before + 1
    details = vault.conn.execute(
        "SELECT details FROM custody ORDER BY seq DESC LIMIT 1"
    ).fetchone()[0]
    assert "idle_lock_minutes" in details and "remember_last_vault" in details
    assert '"0"' not in details and "no" not in details.replace("idle", "")


@pytest.mark.parametrize("minutes", [-1, 1441, 2.5, True, "5"])
def test_a_bad_idle_time_is_refused_and_nothing_saved(vault: Vault, minutes: object) -> None:
    with pytest.raises(InputError, match="minutes"):
        save_gui_settings(vault, GuiSettings(minutes, False))  # type: ignore[arg-type]
    assert gui_settings(vault) == GuiSettings(5, True)


@pytest.mark.parametrize("stored", ["", "abc", "nan", "inf", "-3", "2.5", "99999"])
def test_a_damaged_idle_value_reads_as_the_default_not_never(vault: Vault, stored: str) -> None:
    with vault.transaction():
        vault.set_setting(IDLE_KEY, stored)
        vault.set_setting(REMEMBER_KEY, "garbage")
    assert gui_settings(vault) == GuiSettings(5, True)
