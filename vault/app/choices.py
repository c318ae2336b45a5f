"""The fixed choices a record form offers, as the core checks them: a person's roles,
the recipient categories a consent may share with, the anonymity choices, and the
violation and facility types offered first (any short text is accepted for those).  A shell
lists these instead of keeping its own copy (which would drift from what is accepted)."""

from __future__ import annotations

from vault.core.consent import ANONYMITY, CATEGORIES
from vault.core.facilities import SUGGESTED_TYPES as SUGGESTED_FACILITY_TYPES
from vault.core.incidents import SUGGESTED_VIOLATION_TYPES
from vault.core.persons import ROLES

__all__ = [
    "ANONYMITY",
    "CATEGORIES",
    "ROLES",
    "SUGGESTED_FACILITY_TYPES",
    "SUGGESTED_VIOLATION_TYPES",
]
