"""What intake's check of pictures and PDFs (issue 13) costs: a 24-megapixel camera-like
JPEG (6000x4000) and a 24-megapixel PNG, each taken into a fresh vault without the check
(``forms.add_attachments`` then ``intake_notes``, what ``attach`` did before) and with it
(``evidence.take_in``, what both shells do now), and the caged probe alone.  Best of
``--repeat`` runs each, the decoder children warm.

    uv run python -m bench.intake_probe            # 24 MP, best of 3
    uv run python -m bench.intake_probe --quick    # 6 MP, best of 2

Prints a table and writes JSON to ``bench/results/intake_probe.json``.
"""

from __future__ import annotations

import argparse
import os
import tempfile
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

from bench.common import photo_like, write_results

REPO = Path(__file__).resolve().parent.parent
RESULTS = REPO / "bench" / "results"
PASSPHRASE = "bench passphrase, not a secret"  # noqa: S105 - a throwaway bench vault


def _best(repeat: int, run: Callable[[], object]) -> float:
    times = []
    for _ in range(repeat):
        started = time.perf_counter()
        run()
        times.append(time.perf_counter() - started)
    return min(times)


def _one(vault: Any, case_id: str, path: Path, repeat: int) -> dict[str, float]:
    from vault.app.evidence import take_in
    from vault.app.forms import add_attachments
    from vault.app.intake_notes import intake_notes
    from vault.redact.intake_probe import probe_caged

    data = path.read_bytes()
    probe_caged(path.name, data)  # warm the children

    def before() -> None:
        made = add_attachments(vault, case_id, [path], refuse_repeats=False)
        intake_notes(vault, made, [path])

    return {
        "bytes": len(data),
        "probe_s": _best(repeat, lambda: probe_caged(path.name, data)),
        "before_s": _best(repeat, before),
        "after_s": _best(repeat, lambda: take_in(vault, case_id, [path], refuse_repeats=False)),
    }


def measure(width: int, height: int, repeat: int) -> dict[str, Any]:
    """Seconds for intake of one JPEG and one PNG of width x height, without and with
    the check, and for the probe alone."""
    os.environ["EVIDENCE_VAULT_KDF"] = "fast"
    os.environ["EVIDENCE_VAULT_TESTING"] = "1"
    from vault.core.cases import add_case
    from vault.core.vault import Vault

    results: dict[str, Any] = {"width": width, "height": height, "repeat": repeat}
    with tempfile.TemporaryDirectory(dir=RESULTS) as work:
        folder = Path(work)
        picture = photo_like(width, height)
        files = {"jpeg": folder / "photo.jpg", "png": folder / "photo.png"}
        picture.save(files["jpeg"], "JPEG", quality=90)
        picture.save(files["png"], "PNG", compress_level=1)
        vault, _code = Vault.create(folder / "vault", PASSPHRASE, "bench")
        with vault:
            case_id = add_case(vault, "bench").id
            for fmt, path in files.items():
                results[fmt] = _one(vault, case_id, path, repeat)
    return results


def print_table(results: dict[str, Any]) -> None:
    """The figures as a table."""
    megapixels = results["width"] * results["height"] / 1e6
    print(f"\nIntake with the picture check, {megapixels:.0f} MP, best of {results['repeat']}")
    print(f"{'file':<6} {'MB':>7} {'probe s':>9} {'before s':>9} {'after s':>9}")
    for fmt in ("jpeg", "png"):
        row = results[fmt]
        print(
            f"{fmt:<6} {row['bytes'] / 1e6:>7.1f} {row['probe_s']:>9.3f} "
            f"{row['before_s']:>9.3f} {row['after_s']:>9.3f}"
        )
    print("(before: encrypt + notes read back; after: the caged check first, then the same)")


def main(argv: list[str] | None = None) -> int:
    """Measure, print, write JSON."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--quick", action="store_true", help="6 MP, best of 2")
    parser.add_argument("--repeat", type=int, default=3)
    args = parser.parse_args(argv)
    RESULTS.mkdir(parents=True, exist_ok=True)
    results = measure(3000, 2000, 2) if args.quick else measure(6000, 4000, args.repeat)
    print_table(results)
    write_results(results, RESULTS / "intake_probe.json")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
