"""How strong a new passphrase is, in words a person understands (zxcvbn, as KeePassXC).

Only an estimate shown while typing: the vault refuses nothing on the score (the one
hard rule is ``MIN_PASSPHRASE_CHARS``), but it says plainly when a passphrase would fall
to a guessing attack on a seized laptop.  The passphrase is never stored or logged.
"""

from __future__ import annotations

from dataclasses import dataclass

from zxcvbn import zxcvbn

from vault.core.vault import MIN_PASSPHRASE_CHARS

# zxcvbn reads at most this much; a longer passphrase is at least as strong.
MAX_ESTIMATED_CHARS = 100
LABELS = ("very weak", "weak", "fair", "strong", "very strong")


@dataclass(frozen=True)
class Strength:
    """A score 0 (very weak) to 4 (very strong), its label, how long an offline guessing
    attack would take, and advice (may be empty)."""

    score: int
    label: str
    crack_time: str
    advice: str
    long_enough: bool

    @property
    def acceptable(self) -> bool:
        """Long enough and at least "fair": what the window lets through without a
        second warning."""
        return self.long_enough and self.score >= 2


def estimate(passphrase: str) -> Strength:
    """The strength of ``passphrase``; an empty one is "very weak"."""
    if not passphrase:
        return Strength(0, LABELS[0], "instantly", "", False)
    result = zxcvbn(passphrase[:MAX_ESTIMATED_CHARS])
    score = int(result["score"])
    feedback = result.get("feedback") or {}
    parts = [feedback.get("warning") or "", *list(feedback.get("suggestions") or [])]
    advice = " ".join(part for part in parts if part)
    # The vault's key derivation is deliberately slow: the "slow hashing" figure applies.
    crack = str(result["crack_times_display"]["offline_slow_hashing_1e4_per_second"])
    long_enough = len(passphrase.strip()) >= MIN_PASSPHRASE_CHARS
    return Strength(score, LABELS[score], crack, advice, long_enough)
