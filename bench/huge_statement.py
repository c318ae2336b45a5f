"""Search and redaction suggestions on one huge statement (4 MB and 30 MB of UTF-8).

    uv run python -m bench.huge_statement             # 4 MB and 30 MB (a few minutes)
    uv run python -m bench.huge_statement --quick     # 1 MB and 4 MB
    uv run python -m bench.huge_statement --sizes 2,8 # sizes in MB

A statement may be up to 32 MiB (a transcript, a merged interview). Each size gets its
own vault (SQLCipher, fast KDF) with one case, twelve registered people (five with names
in Latin, Cyrillic and Armenian) and one statement of synthetic prose in those three scripts
(``bench.search.TextMaker``) holding, every ~2 KB: the searched word ``testimony``, a
name of a registered person (in one of its scripts, sometimes with a case ending), and
every ~20 KB a phone number.

Each operation runs in a fresh child process, timed from the vault already open, and its
peak resident memory is the child's own ``resource.getrusage(RUSAGE_SELF).ru_maxrss``:
  * ``search testimony``    what the ``search`` command runs (``vault.app.records.search``),
                            a word every ~2 KB
  * ``search the``          a word in nearly every sentence (tens of thousands of matches)
  * ``search Sargsyan``     a registered person's name: the person, then their mentions
  * ``search --person W-001`` the mentions of one person
  * ``redact suggest``      detection and the proposals recorded

Prints a table and writes ``bench/results/huge_statement.json``.
"""

from __future__ import annotations

import argparse
import json
import os
import platform
import random
import resource
import subprocess
import sys
import tempfile
import time
from pathlib import Path
from typing import Any

from bench.common import write_results

REPO = Path(__file__).resolve().parent.parent
RESULTS = REPO / "bench" / "results"
PASSPHRASE = "bench passphrase, not a secret"  # noqa: S105 - a throwaway bench vault
WORD = "testimony"
_PEOPLE = [
    ("Davit Sargsyan", "Давит Саргсян", "Դավիթ Սարգսյան"),
    ("Hayk Grigoryan", "Айк Григорян", "Հայկ Գրիգորյան"),
    ("Anna Hovhannisyan", "Анна Ованнисян", "Աննա Հովհաննիսյան"),
    ("Tigran Harutyunyan", "Тигран Арутюнян", "Տիգրան Հարությունյան"),
    ("Narek Avetisyan", "Нарек Аветисян", "Նարեկ Ավետիսյան"),
]
_MORE_SURNAMES = "Petrosyan Mkrtchyan Khachatryan Karapetyan Hakobyan Sahakyan Vardanyan"
OPERATIONS = (
    "search testimony",
    "search the",
    "search Sargsyan",
    "search --person",
    "redact suggest",
)


def _env() -> dict[str, str]:
    env = dict(os.environ)
    env["EVIDENCE_VAULT_KDF"] = "fast"
    env["EVIDENCE_VAULT_TESTING"] = "1"
    return env


def huge_text(megabytes: float, seed: int = 5) -> tuple[str, dict[str, int]]:
    """About ``megabytes`` MB of UTF-8 prose with the searched word, names and phones."""
    from bench.search import TextMaker

    maker = TextMaker(seed=seed, size=5000)
    rng = random.Random(seed)
    endings = {"latin": ["", "", "'s"], "cyrillic": ["", "а", "у", "ом"], "armenian": ["", "ը"]}
    parts: list[str] = []
    size = 0
    counts = {"word": 0, "names": 0, "phones": 0}
    target = int(megabytes * 1_000_000)
    n = 0
    while size < target:
        person = rng.choice(_PEOPLE)
        script = rng.randrange(len(person))
        surname = person[script].split()[1] + rng.choice(
            endings[("latin", "cyrillic", "armenian")[script]]
        )
        extra = [WORD, surname]
        counts["word"] += 1
        counts["names"] += 1
        if n % 10 == 0:
            extra.append(f"+374 91 {rng.randrange(100, 999)} {rng.randrange(100, 999)}")
            counts["phones"] += 1
        piece = maker.statement(extra)
        parts.append(piece)
        size += len(piece.encode("utf-8"))
        n += 1
    return "".join(parts), counts


def build(vault_dir: Path, megabytes: float) -> dict[str, Any]:
    """A vault with one case, the people, and one huge statement."""
    from vault.core.cases import add_case
    from vault.core.persons import add_person
    from vault.core.statements import StatementDraft, add_statements
    from vault.core.vault import Vault

    os.environ.update(_env())
    text, counts = huge_text(megabytes)
    vault, _code = Vault.create(vault_dir, PASSPHRASE, "bench")
    with vault:
        case_id = add_case(vault, "Huge statement").id
        ids = [
            add_person(vault, case_id, names[0], "witness", list(names[1:])).id for names in _PEOPLE
        ]
        for surname in _MORE_SURNAMES.split():
            add_person(vault, case_id, f"Person {surname}", "victim", [])
        started = time.perf_counter()
        add_statements(
            vault,
            case_id,
            [
                StatementDraft(
                    witness_id=ids[0],
                    body=text,
                    language="en",
                    interview_date="2024-05-01",
                    kind="first-account",
                )
            ],
        )
        seconds = time.perf_counter() - started
    return {
        "mb": round(len(text.encode("utf-8")) / 1e6, 1),
        "chars": len(text),
        "add_seconds": round(seconds, 1),
        **counts,
    }


def _operation(vault_dir: str, operation: str) -> None:
    """Run one operation in this (child) process; print its seconds and result size."""
    from vault.app import records, redaction
    from vault.core.vault import Credential, Vault

    with Vault.open(Path(vault_dir), Credential.passphrase(PASSPHRASE)) as vault:
        statement_id = vault.conn.execute("SELECT id FROM statements").fetchone()[0]
        started = time.perf_counter()
        if operation == "search --person":
            found = len(records.search(vault, person="W-001"))
        elif operation.startswith("search "):
            found = len(records.search(vault, operation.split()[1]))
        else:
            found = len(redaction.propose(vault, statement_id, "public").records)
        seconds = time.perf_counter() - started
    peak_kib = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss  # KiB on Linux
    peak = round(peak_kib / 1024)
    print(json.dumps({"seconds": round(seconds, 2), "found": found, "peak_rss_mib": peak}))


def run_child(vault_dir: Path, operation: str, timeout: float) -> dict[str, Any]:
    """Time ``operation`` in a fresh process; its peak RSS is the child's own
    ``getrusage(RUSAGE_SELF).ru_maxrss``, read when the operation is done."""
    started = time.perf_counter()
    try:
        proc = subprocess.run(
            [sys.executable, "-m", "bench.huge_statement", "--child", str(vault_dir), operation],
            capture_output=True,
            text=True,
            env=_env(),
            cwd=REPO,
            timeout=timeout,
            check=False,
        )
    except subprocess.TimeoutExpired:
        return {"seconds": None, "peak_rss_mib": None, "note": f"killed at {timeout:.0f} s"}
    wall = time.perf_counter() - started
    if proc.returncode != 0:
        return {"seconds": None, "peak_rss_mib": None, "note": proc.stderr.strip()[-300:]}
    result: dict[str, Any] = json.loads(proc.stdout.strip().splitlines()[-1])
    result["wall_seconds"] = round(wall, 2)
    return result


def build_in_child(vault_dir: Path, megabytes: float) -> dict[str, Any]:
    """``build`` in a child process: this one stays small, and the operations' children
    (whose peak RSS would include the memory of this process at fork) measure true."""
    proc = subprocess.run(
        [sys.executable, "-m", "bench.huge_statement", "--build", str(vault_dir), str(megabytes)],
        capture_output=True,
        text=True,
        env=_env(),
        cwd=REPO,
        check=True,
    )
    built: dict[str, Any] = json.loads(proc.stdout.strip().splitlines()[-1])
    return built


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--quick", action="store_true", help="1 MB and 4 MB")
    parser.add_argument("--sizes", help="comma-separated sizes in MB (default 4,30)")
    parser.add_argument("--timeout", type=float, default=300.0, help="seconds per operation")
    parser.add_argument("--child", nargs=2, help=argparse.SUPPRESS)
    parser.add_argument("--build", nargs=2, help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.child:
        _operation(*args.child)
        return
    if args.build:
        print(json.dumps(build(Path(args.build[0]), float(args.build[1]))))
        return
    sizes = [float(s) for s in args.sizes.split(",")] if args.sizes else None
    sizes = sizes or ([1.0, 4.0] if args.quick else [4.0, 30.0])
    rows: list[dict[str, Any]] = []
    with tempfile.TemporaryDirectory(prefix="huge-bench-") as tmp:
        for mb in sizes:
            vault_dir = Path(tmp) / f"v{mb:g}"
            built = build_in_child(vault_dir, mb)
            print(f"built {built}", file=sys.stderr)
            for operation in OPERATIONS:
                result = run_child(vault_dir, operation, args.timeout)
                rows.append({"mb": built["mb"], "operation": operation, **result})
                print(f"  {operation}: {result}", file=sys.stderr)
    print(f"\n{'MB':>5}  {'operation':<18} {'seconds':>8}  {'peak RSS MiB':>12}  found")
    for row in rows:
        seconds = "-" if row["seconds"] is None else f"{row['seconds']:.2f}"
        print(
            f"{row['mb']:>5}  {row['operation']:<18} {seconds:>8}  "
            f"{row['peak_rss_mib'] or '-'!s:>12}  {row.get('found', row.get('note', ''))}"
        )
    write_results(
        {"python": platform.python_version(), "machine": platform.machine(), "rows": rows},
        RESULTS / "huge_statement.json",
    )


if __name__ == "__main__":
    main()
