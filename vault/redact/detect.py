"""The text detector: protected names plus contact, document and location patterns.

``detect`` is what the rest of the program calls: give it a statement and the people the
export protects, get back proposals (``Hit``) to show a person, who accepts or rejects
each. It never changes the text and touches no database.
"""

from __future__ import annotations

import dataclasses
from collections.abc import Sequence

from vault.core.forget import forget_case_text
from vault.core.normalize import fold
from vault.core.text_windows import windows
from vault.redact.hits import Hit, ProtectedName
from vault.redact.name_index import NameIndex
from vault.redact.names import find_names
from vault.redact.patterns import DEFAULT_REGIONS, find_patterns


def merge_overlapping(original: str, hits: Sequence[Hit]) -> list[Hit]:
    """Sorted hits with every group of overlapping ones made into one.

    The merged hit covers the union of the group's spans, so nothing of any of them is
    left visible, and takes reason, replacement and person from the group's winner: the
    longest hit, and among equally long ones a name before a document before a contact.
    Hits that merely touch are left apart (``apply_redactions`` joins those).
    """
    ordered = sorted(hits, key=lambda h: (h.start, -h.end))
    merged: list[Hit] = []
    group: list[Hit] = []
    group_end = -1

    def close() -> None:
        if group:
            winner = min(group, key=Hit.rank)
            start = group[0].start
            merged.append(
                Hit(
                    start,
                    group_end,
                    original[start:group_end],
                    winner.reason,
                    winner.replacement,
                    winner.person_ref,
                    winner.kind,
                    winner.explanation,
                )
            )

    for hit in ordered:
        if group and hit.start < group_end:
            group.append(hit)
            group_end = max(group_end, hit.end)
            continue
        close()
        group = [hit]
        group_end = hit.end
    close()
    return merged


def detect(
    text: str,
    protected: Sequence[ProtectedName],
    regions: Sequence[str] = DEFAULT_REGIONS,
) -> list[Hit]:
    """Every span of ``text`` that should be proposed for redaction, sorted, not overlapping.

    Names are those of ``protected`` only (a perpetrator the profile names is simply not
    passed in). ``regions`` are the ISO 3166 regions whose national phone formats the
    case may contain, tried in order (``detection_regions(case.regions)``: the case's
    first, then the defaults); phone numbers are found by shape whatever the regions, and
    the regions only add short national numbers valid there and the explanation. Offsets are
    Python ``str`` indices into ``text``, and ``hit.text == text[hit.start:hit.end]``.

    A huge text is read a window at a time (``vault.core.text_windows``): time linear
    in its length, memory bounded by the window, the same hits as read whole unless a
    name with its initials or a number is longer than the windows' overlap.
    """
    index = NameIndex(protected)
    hits: list[Hit] = []
    for window in windows(text):
        part = text[window.lo : window.hi]
        found = find_names(part, fold(part, for_names=True), index)
        found += find_patterns(part, fold(part, for_names=False), regions)
        if window.lo == 0 and window.hi == len(text):
            hits = found
            break
        hits += [
            dataclasses.replace(h, start=h.start + window.lo, end=h.end + window.lo)
            for h in found
            if window.start <= h.start + window.lo < window.end
        ]
    return merge_overlapping(text, hits)


def forget_cached_text() -> None:
    """Drop every cache of case text: the name skeletons, short names and phone numbers
    detection (and search) keep for speed.

    They are pieces of statements held in memory only. ``Vault.close`` does this itself
    (``vault.core.forget``); call it directly only to forget while a vault stays open.
    """
    forget_case_text()
