"""What text detection takes in (protected names) and gives back (hits)."""

from __future__ import annotations

from dataclasses import dataclass

# Reason codes of DESIGN.md ("Records").
REASONS = ("identity", "contact", "location", "document", "other")

# What a redacted span becomes when it is not a person's name. Fixed strings, so the
# output never shows how long the removed text was.
TOKENS = {
    "phone": "[phone]",
    "phone-like": "[phone]",  # the same token: the output never says a number was invalid
    "email": "[email]",
    "handle": "[contact]",
    "document": "[document]",
    "coordinates": "[location]",
}

# When two hits overlap and are equally long, the one whose reason comes first wins:
# a person's code says more than a token, and "document" is truer than "phone" for a
# passport number that also looks like a phone number.
_PRIORITY = {reason: rank for rank, reason in enumerate(("identity", "document", "contact"))}


@dataclass(frozen=True)
class ProtectedName:
    """A person whose names must not leave the vault in this export.

    ``person_ref`` is an opaque id the caller uses to find the person again; ``code`` is
    their pseudonym (``W-001``); ``names`` is the primary name and every alias, in any
    script, each as written in the registry ("Davit Sargsyan", "Давит Саргсян").
    """

    person_ref: str
    code: str
    names: tuple[str, ...]


@dataclass(frozen=True)
class Hit:
    """One span of the original text that should be redacted.

    ``start``/``end`` are Python ``str`` offsets into the original text and
    ``text == original[start:end]``: the whole visible thing, with any case ending,
    possessive, initials or invisible characters inside it. ``replacement`` is the
    person's code for a name and a fixed token (``[phone]``...) for anything else.
    ``kind`` says what was found (``name``, ``phone``, ``phone-like``, ``email``...);
    ``explanation`` says why, for the person deciding (``valid AM mobile``), or is empty.
    """

    start: int
    end: int
    text: str
    reason: str
    replacement: str
    person_ref: str | None
    kind: str
    explanation: str = ""

    def rank(self) -> tuple[int, int]:
        """Sort key for choosing between overlapping hits: longer first, then by reason."""
        return (-(self.end - self.start), _PRIORITY.get(self.reason, len(_PRIORITY)))
