"""Scoring name detection against the labelled set of ``bench/name_corpus.py``."""

from __future__ import annotations

from dataclasses import dataclass

from bench.name_corpus import Occurrence, Statement
from vault.redact import Hit, ProtectedName, detect


@dataclass
class Score:
    """Recall per script, precision, and what was proposed that must not be."""

    occurrences: dict[str, int]  # per script
    found: dict[str, int]  # fully covered by name proposals, per script
    right_code: dict[str, int]  # covered by a proposal with the person's own code
    name_hits: int
    true_hits: int  # name proposals that overlap a protected occurrence
    kept_proposed: list[str]  # perpetrator or facility text a proposal overlapped
    misses: list[str]  # protected occurrences not fully covered
    false_hits: list[str]  # proposals over text no one labelled

    def recall(self, script: str | None = None) -> float:
        """Share of protected occurrences fully covered (one script, or all)."""
        scripts = [script] if script else list(self.occurrences)
        total = sum(self.occurrences[s] for s in scripts)
        return sum(self.found[s] for s in scripts) / total if total else 1.0

    def precision(self) -> float:
        """Share of name proposals that are over a protected person's name."""
        return self.true_hits / self.name_hits if self.name_hits else 1.0


def score(statements: list[Statement], protected: list[ProtectedName]) -> Score:
    """Run detection on every statement and score its name proposals against the labels."""
    result = Score({}, {}, {}, 0, 0, [], [], [])
    for statement in statements:
        hits = [h for h in detect(statement.text, protected) if h.kind == "name"]
        result.name_hits += len(hits)
        for hit in hits:
            if any(
                o.label not in ("P", "F") and hit.start < o.end and o.start < hit.end
                for o in statement.occurrences
            ):
                result.true_hits += 1
            elif not any(hit.start < o.end and o.start < hit.end for o in statement.occurrences):
                result.false_hits.append(hit.text)
        for o in statement.occurrences:
            over = [h for h in hits if h.start < o.end and o.start < h.end]
            if o.label in ("P", "F"):
                result.kept_proposed += [o.text for _ in over[:1]]
                continue
            result.occurrences[o.script] = result.occurrences.get(o.script, 0) + 1
            covered = _covered(o, over)
            result.found[o.script] = result.found.get(o.script, 0) + covered
            own = covered and all(h.replacement == o.label for h in over)
            result.right_code[o.script] = result.right_code.get(o.script, 0) + own
            if not covered:
                result.misses.append(f"{o.script}: {o.text} ({o.label})")
    return result


def _covered(occurrence: Occurrence, hits: list[Hit]) -> bool:
    position = occurrence.start
    for hit in sorted(hits, key=lambda h: h.start):
        if hit.start <= position < hit.end:
            position = hit.end
    return position >= occurrence.end
