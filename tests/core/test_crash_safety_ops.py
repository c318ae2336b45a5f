"""Crash safety beyond intake: edit, redaction, export, import, backup and rekey, each
killed with SIGKILL at random moments, leave a vault that opens, checks and verifies its
custody log, with every acknowledged write there and nothing half-written at a final name.

The short version of ``python -m tests.stress.kill9`` (200 iterations per op).
"""

from __future__ import annotations

import random

import pytest

from tests.stress.kill9 import OPS, run_op

ITERATIONS = 2  # per op: 12 kills, ~27 s of CPU in all (tests/stress/kill9.py runs hundreds)


@pytest.mark.slow
@pytest.mark.parametrize("op", OPS)
def test_random_kills_leave_a_whole_vault_and_every_acknowledged_write(
    op: str, tmp_path_factory: pytest.TempPathFactory
) -> None:
    # One populated template for every op of the session: making a vault is the slow part.
    workdir = tmp_path_factory.getbasetemp() / "kill9-ops"
    seed = random.randrange(1 << 30)
    stats = run_op(op, ITERATIONS, seed, workdir)
    assert stats.failures == [], f"seed {seed}: {stats.failures}"
    assert stats.iterations == ITERATIONS
    assert stats.survived == ITERATIONS
    assert stats.killed + stats.acknowledged + stats.refused == ITERATIONS
    assert stats.refused == 0, "a write refused by itself: the loop is not testing kills"
