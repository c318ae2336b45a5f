"""The long fuzz run: every target (tests/fuzz/targets.py) with many more inputs than
the suite's short run, printing a table of counts per target and writing JSON.

    EVIDENCE_VAULT_KDF=fast EVIDENCE_VAULT_TESTING=1 \\
        uv run python -m tests.fuzz.long_run --examples 2000 --out fuzz.json

Random (not derandomized) unless ``--seed`` is given; Hypothesis keeps no database.  A
target that fails is shrunk by Hypothesis and its minimal input written (hex) into the
JSON, to be kept as a regression test in tests/fuzz/test_crashers.py.
"""

from __future__ import annotations

import argparse
import json
import os
import sys
import time
from pathlib import Path

from hypothesis import HealthCheck, given, seed, settings

from tests.fuzz.targets import TARGETS, Crasher, Target, inputs, run_target


def run_one(target: Target, examples: int, random_seed: int | None) -> dict[str, object]:
    """Fuzz ``target`` with ``examples`` inputs; its counts and any crasher."""
    counts = {"inputs": 0, "accepted": 0, "refused": 0}
    last: dict[str, object] = {}

    @settings(
        max_examples=examples,
        database=None,
        deadline=None,
        suppress_health_check=list(HealthCheck),
    )
    @given(inputs(target))
    def fuzz(case: tuple[str, bytes]) -> None:
        name, data = case
        counts["inputs"] += 1
        last.update(seed=name, data=data)
        try:
            verdict = target.run(name, data)
        except target.allowed:
            counts["refused"] += 1
            return
        except Crasher:
            raise
        except Exception:
            run_target(target, name, data)  # re-raises as a Crasher with the details
            raise
        counts["refused" if verdict is False else "accepted"] += 1

    if random_seed is not None:
        fuzz = seed(random_seed)(fuzz)
    started = time.monotonic()
    crasher = None
    try:
        fuzz()
    except Exception as exc:  # the shrunk failing input
        data = last.get("data", b"")
        crasher = {
            "error": f"{type(exc).__name__}: {exc}"[:2000],
            "seed": last.get("seed"),
            "input_hex": data.hex() if isinstance(data, bytes) else "",
        }
    return {
        "target": target.name,
        **counts,
        "seconds": round(time.monotonic() - started, 2),
        "crasher": crasher,
    }


def _write(out: Path, examples: int, rows: list[dict[str, object]]) -> None:
    total = sum(int(row["inputs"]) for row in rows)  # type: ignore[call-overload]
    document = {"examples": examples, "total_inputs": total, "targets": rows}
    out.write_text(json.dumps(document, indent=2) + "\n", encoding="utf-8")


def main(argv: list[str] | None = None) -> int:
    """Run the long fuzz run; exit 1 if any target found a crasher."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--examples", type=int, default=500, help="inputs per target")
    parser.add_argument("--only", action="append", help="run only this target (repeatable)")
    parser.add_argument("--seed", type=int, help="a fixed random seed (reproducible run)")
    parser.add_argument("--out", type=Path, default=Path("fuzz-long-run.json"))
    args = parser.parse_args(argv)
    os.environ.setdefault("EVIDENCE_VAULT_KDF", "fast")
    os.environ.setdefault("EVIDENCE_VAULT_TESTING", "1")
    chosen = [t for t in TARGETS if not args.only or t.name in args.only]
    rows = []
    print(f"{'target':<18} {'inputs':>8} {'accepted':>9} {'refused':>8} {'s':>8}  crasher")
    for target in chosen:
        row = run_one(target, args.examples, args.seed)
        rows.append(row)
        _write(args.out, args.examples, rows)  # kept as it goes: a long run may be cut
        crasher = row["crasher"]
        shown = "-" if crasher is None else str(crasher["error"]).splitlines()[0][:60]  # type: ignore[index]
        print(
            f"{row['target']:<18} {row['inputs']:>8} {row['accepted']:>9} "
            f"{row['refused']:>8} {row['seconds']:>8}  {shown}",
            flush=True,
        )
    total = sum(int(row["inputs"]) for row in rows)  # type: ignore[call-overload]
    crashers = sum(row["crasher"] is not None for row in rows)
    print(f"{'total':<18} {total:>8}   crashers: {crashers}")
    _write(args.out, args.examples, rows)
    print(f"wrote {args.out}")
    return 1 if crashers else 0


if __name__ == "__main__":
    sys.exit(main())
