"""A short, derandomized fuzz run of every target inside the suite (the long run is
``python -m tests.fuzz.long_run``).  Each target gets a fixed number of mutated real
seeds; only its typed errors may escape, and its promises must hold."""

from __future__ import annotations

import pytest
from hypothesis import HealthCheck, given, settings

from tests.fuzz.targets import TARGETS, Target, inputs, run_target

EXAMPLES = 40  # per target: about 20 s for all of them on a quiet machine


@pytest.mark.parametrize("target", TARGETS, ids=[t.name for t in TARGETS])
def test_target_survives_mutated_real_seeds(target: Target) -> None:
    seen: list[str] = []

    @settings(
        max_examples=EXAMPLES,
        derandomize=True,
        database=None,
        deadline=None,
        suppress_health_check=list(HealthCheck),
    )
    @given(inputs(target))
    def fuzz(case: tuple[str, bytes]) -> None:
        seed, data = case
        seen.append(seed)
        run_target(target, seed, data)

    fuzz()
    assert len(seen) >= EXAMPLES // 2  # the inputs really ran


@pytest.mark.parametrize("target", TARGETS, ids=[t.name for t in TARGETS])
def test_every_unchanged_seed_is_accepted(target: Target) -> None:
    """The seeds are real and good: each target runs them without any error, so a
    refusal in the fuzz run is about the mutation, not a broken seed."""
    for seed, data in target.seeds().items():
        target.run(seed, data)
