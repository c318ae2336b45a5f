"""The desktop window's settings, kept inside the encrypted vault (never in QSettings,
never in a file beside it): how many idle minutes before the window locks itself, and
whether this computer remembers the vault's folder for the next start.

Stored as vault settings under the ``gui.`` keys the window has always read; a missing
or damaged value reads as its default, so an odd value never stops an unlock.  A change
leaves one ``edit`` custody event on the vault's settings naming what changed, not the
value.
"""

from __future__ import annotations

import math
from dataclasses import dataclass

from vault.core.errors import InputError
from vault.core.vault import Vault

IDLE_KEY = "gui.idle_lock_minutes"
REMEMBER_KEY = "gui.remember_last_vault"
DEFAULT_IDLE_MINUTES = 5
MAX_IDLE_MINUTES = 24 * 60


@dataclass(frozen=True)
class GuiSettings:
    """The window's settings: lock after ``idle_lock_minutes`` without input (0: never);
    note the vault's folder outside the vault if ``remember_last_vault``."""

    idle_lock_minutes: int = DEFAULT_IDLE_MINUTES
    remember_last_vault: bool = True


def check_idle_minutes(minutes: int) -> int:
    """``minutes`` if it is a whole number from 0 (never) to 1440 (a day); refuses
    anything else with InputError."""
    if isinstance(minutes, bool) or not isinstance(minutes, int):
        raise InputError("The idle time must be a whole number of minutes.")
    if not 0 <= minutes <= MAX_IDLE_MINUTES:
        raise InputError(f"The idle time must be 0 (never) to {MAX_IDLE_MINUTES} minutes.")
    return minutes


def idle_lock_minutes(vault: Vault) -> int:
    """Minutes without input before the window locks (0: never); the default 5 when the
    setting is missing or not a whole number in range."""
    stored = vault.setting(IDLE_KEY)
    if stored is None:
        return DEFAULT_IDLE_MINUTES
    try:
        value = float(stored)
    except ValueError:
        return DEFAULT_IDLE_MINUTES
    # Older windows may have stored "5.0"; anything not a finite whole number in range is
    # damage, read as the default rather than as "never" (which would weaken the lock).
    if not math.isfinite(value) or value != int(value):
        return DEFAULT_IDLE_MINUTES
    minutes = int(value)
    return minutes if 0 <= minutes <= MAX_IDLE_MINUTES else DEFAULT_IDLE_MINUTES


def remember_last_vault(vault: Vault) -> bool:
    """Whether this vault's folder may be noted outside the vault; yes unless turned off
    (stored as "no")."""
    return vault.setting(REMEMBER_KEY) != "no"


def gui_settings(vault: Vault) -> GuiSettings:
    """Both settings as they are now."""
    return GuiSettings(idle_lock_minutes(vault), remember_last_vault(vault))


def save_gui_settings(vault: Vault, settings: GuiSettings) -> GuiSettings:
    """Store ``settings`` (validated first: InputError and nothing saved on a bad idle
    time); one ``edit`` custody event naming the settings that changed, not their values.
    Returns what is stored."""
    minutes = check_idle_minutes(settings.idle_lock_minutes)
    remember = bool(settings.remember_last_vault)
    before = gui_settings(vault)
    changed = []
    if minutes != before.idle_lock_minutes:
        changed.append("idle_lock_minutes")
    if remember != before.remember_last_vault:
        changed.append("remember_last_vault")
    if not changed:
        return before
    with vault.transaction():
        vault.set_setting(IDLE_KEY, str(minutes))
        vault.set_setting(REMEMBER_KEY, "yes" if remember else "no")
        vault.record("edit", "vault", "settings", {"changed": changed})
    return gui_settings(vault)
