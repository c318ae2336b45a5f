"""Redaction: text detection, image and PDF redaction (no Qt).

Text detection (pure functions, no database):

- ``detect(text, protected, regions=DEFAULT_REGIONS) -> list[Hit]``: proposals for the
  names of the ``ProtectedName`` people given, phone numbers, e-mail addresses, handles,
  document numbers and coordinates; sorted, not overlapping, offsets into ``text``.
- ``apply_redactions(text, hits) -> str``: the text with accepted hits replaced by the
  person's code or a fixed token (``[phone]``, ``[email]``, ``[contact]``, ``[document]``,
  ``[location]``).
- ``forget_cached_text()``: drop cached pieces of statements (call when locking).

Modules (folding and skeletons live in ``vault.core``, shared with search):
``name_index`` and ``names`` (protected names), ``phones`` (every phone-like number,
valid or not, with the regions detection tries: ``detection_regions(case.regions)``),
``patterns`` (e-mail, handles, documents, coordinates), ``detect`` (the entry point),
``apply`` (writing the result).
"""

from vault.redact.apply import StaleRedaction, apply_redactions
from vault.redact.detect import detect, forget_cached_text, merge_overlapping
from vault.redact.hits import REASONS, TOKENS, Hit, ProtectedName
from vault.redact.patterns import DEFAULT_REGIONS

__all__ = [
    "DEFAULT_REGIONS",
    "REASONS",
    "TOKENS",
    "Hit",
    "ProtectedName",
    "StaleRedaction",
    "apply_redactions",
    "detect",
    "forget_cached_text",
    "merge_overlapping",
]
