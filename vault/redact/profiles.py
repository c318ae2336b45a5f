"""Export profiles: who each profile names and who it codes (DESIGN.md "Export profiles").

| who                   | legal | government | ngo  | media | public | evidence |
| witness, victim, etc. | code  | code       | code | code  | code   | name     |
| perpetrator           | name  | name       | name | code  | code   | name     |

A witness who waived anonymity may be named in the categories they consented to; everyone
else the profile protects is coded regardless of their own consent.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass

from vault.core.consent import Consent
from vault.core.errors import InputError
from vault.core.persons import Person
from vault.redact.hits import ProtectedName

PROFILES = ("legal", "government", "ngo", "media", "public", "evidence")
ANONYMIZED_PROFILES = tuple(p for p in PROFILES if p != "evidence")
_PERPETRATORS_NAMED = frozenset({"legal", "government", "ngo", "evidence"})


def check_profile(profile: str) -> str:
    """The profile if known; InputError listing the profiles otherwise."""
    profile = profile.strip().lower()
    if profile not in PROFILES:
        raise InputError(f"Unknown export profile {profile!r}; use one of {', '.join(PROFILES)}.")
    return profile


@dataclass(frozen=True)
class ProfilePolicy:
    """One profile with the perpetrator override applied."""

    profile: str
    show_perpetrators: bool

    @classmethod
    def of(cls, profile: str, show_perpetrators: bool | None = None) -> ProfilePolicy:
        """The policy for ``profile``; ``show_perpetrators`` overrides the table when given."""
        profile = check_profile(profile)
        shown = profile in _PERPETRATORS_NAMED if show_perpetrators is None else show_perpetrators
        if profile == "evidence":
            shown = True
        return cls(profile, shown)

    @property
    def anonymized(self) -> bool:
        """True for every profile but ``evidence``."""
        return self.profile != "evidence"

    @property
    def consent_category(self) -> str:
        """The consent category that decides inclusion (``evidence`` counts as ``legal``)."""
        return "legal" if self.profile == "evidence" else self.profile

    def name_shown(self, person: Person, consent: Consent | None) -> bool:
        """True when this profile may show ``person``'s name; False means their code.

        A person with several roles is coded if any of their roles is coded, except that
        a witness who waived anonymity for this category may be named.
        """
        if not self.anonymized:
            return True
        if (
            "witness" in person.roles
            and consent is not None
            and consent.anonymity_waived
            and consent.allows(self.consent_category)
        ):
            return True
        return all(role == "perpetrator" and self.show_perpetrators for role in person.roles)

    def protected(
        self, persons: list[Person], consents: Mapping[str, Consent]
    ) -> list[ProtectedName]:
        """The names detection must find for this profile, each with the person's code."""
        return [
            ProtectedName(person.id, person.code, person.names)
            for person in persons
            if not self.name_shown(person, consents.get(person.id))
        ]
