"""What the progress-and-cancel tests share: a hook that records every snapshot and can
cancel when a phase reaches a chosen point, and a listing of the files under a folder."""

from __future__ import annotations

import os
from dataclasses import dataclass, field
from pathlib import Path

from vault.core.progress import CancelToken, Progress, ProgressSnapshot


@dataclass
class Recorder:
    """A Progress whose hook keeps every snapshot; with ``cancel_at`` = (phase, k), the
    token is cancelled from the hook once that phase's done reaches k."""

    cancel_at: tuple[str, int] | None = None
    states: list[ProgressSnapshot] = field(default_factory=list)
    token: CancelToken = field(default_factory=CancelToken)

    def __post_init__(self) -> None:
        self.progress = Progress(self.hook)

    def hook(self, state: ProgressSnapshot) -> None:
        self.states.append(state)
        if self.cancel_at is not None:
            phase, k = self.cancel_at
            if state.phase == phase and state.done >= k:
                self.token.cancel()

    def phases(self) -> list[str]:
        """The phases in the order they started."""
        return list(dict.fromkeys(s.phase for s in self.states))

    def of(self, phase: str) -> list[ProgressSnapshot]:
        return [s for s in self.states if s.phase == phase]

    def assert_complete(self, *phases: str) -> None:
        """Each phase ran, moved only forward, and ended at its total."""
        assert self.phases() == list(phases), self.phases()
        for phase in phases:
            seen = self.of(phase)
            done = [s.done for s in seen]
            assert done == sorted(done), f"{phase} went backwards: {done}"
            last = seen[-1]
            assert last.total is not None, f"{phase} never said how much there was"
            assert last.done == last.total, f"{phase} stopped at {last.done} of {last.total}"


def listing(root: Path, files_only: bool = False) -> set[str]:
    """Every file and folder under ``root`` (hidden ones too), relative to it; with
    ``files_only``, files alone (a vault keeps the shard folders of its blob store)."""
    found = set()
    for folder, dirs, files in os.walk(root):
        for name in files if files_only else [*dirs, *files]:
            found.add(os.path.relpath(os.path.join(folder, name), root))
    return found
