"""Coverage-guided fuzzing of one target with atheris (libFuzzer), from the same real
seeds as the Hypothesis runs (tests/fuzz/targets.py).

    EVIDENCE_VAULT_KDF=fast EVIDENCE_VAULT_TESTING=1 \\
        uv run python -m tests.fuzz.atheris_run records_json -runs=20000

The first byte of an input picks the seed it mutates (the corpus starts with every seed
so prefixed); libFuzzer's own options follow the target name.  A crasher stops the run
with the input saved by libFuzzer (``crash-<sha1>``) and the Crasher's message.  atheris
has Linux x86-64 wheels for Python 3.11 only (it is a dev dependency there alone).
"""

from __future__ import annotations

import os
import sys
import tempfile
from pathlib import Path


def main(argv: list[str]) -> None:
    """Fuzz the target named by ``argv[1]``; the rest go to libFuzzer."""
    os.environ.setdefault("EVIDENCE_VAULT_KDF", "fast")
    os.environ.setdefault("EVIDENCE_VAULT_TESTING", "1")
    try:
        import atheris  # type: ignore[import-untyped,import-not-found,unused-ignore]
    except ImportError:
        sys.exit("atheris is not installed here (Linux x86-64 wheels only); use long_run.py")
    with atheris.instrument_imports(include=["vault"]):  # coverage of our code only
        from tests.fuzz.targets import TARGETS, run_target
    if len(argv) < 2 or argv[1] not in {t.name for t in TARGETS}:
        sys.exit(f"usage: atheris_run TARGET [libFuzzer options]; TARGET one of "
                 f"{', '.join(t.name for t in TARGETS)}")  # fmt: skip
    target = next(t for t in TARGETS if t.name == argv[1])
    seeds = target.seeds()
    names = sorted(seeds)
    corpus = Path(tempfile.mkdtemp(prefix=f"ev-atheris-{target.name}-"))
    for index, name in enumerate(names):
        (corpus / f"seed-{index}").write_bytes(bytes([index]) + seeds[name])

    def one_input(data: bytes) -> None:
        if not data:
            return
        run_target(target, names[data[0] % len(names)], data[1:])

    atheris.Setup([argv[0], *argv[2:], str(corpus)], one_input)
    atheris.Fuzz()


if __name__ == "__main__":
    main(sys.argv)
