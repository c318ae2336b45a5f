"""Kill -9 at random moments of edit, redaction, export, import, backup and rekey; the
vault must come back whole and every acknowledged write must be there.

    uv run python -m tests.stress.kill9 --op edit -n 200
    uv run python -m tests.stress.kill9 -n 50 --json kill9.json     # every op, 50 each

Each iteration starts the real command line (``python -m vault ...``) doing one write,
sleeps a uniform random time between 0 and 1.1 times the command's unkilled duration
(measured once per op), and sends SIGKILL.  A command that exited 0 and printed its id
before the kill is *acknowledged*: what it wrote must be there afterwards.  A killed
command may or may not have applied, never half.  After each kill:

- the vault opens with the passphrase (whichever key epoch a killed ``rekey`` left),
  ``check`` exits 0 (database, every attachment decrypted and authenticated, custody
  chain, counter) and ``audit verify`` exits 0;
- every attachment row has its blob file and every blob file its row;
- ``edit``: every acknowledged statement version is there;
- ``redact``: every acknowledged span and box is there;
- ``export``: every acknowledged bundle is at its final name and verifies; a killed
  export left either nothing at the final name or a bundle that verifies, and whose
  ``export`` custody event is in the vault;
- ``import``: every acknowledged import is a case; every import row's case holds all
  the records of its bundle (all or nothing);
- ``backup``: every acknowledged backup opens and checks; a killed backup left nothing
  at the final name or a backup that opens and checks;
- ``rekey``: every attachment reads back with its recorded SHA-256.

Hidden leftovers beside the final names (an owner-only ``.partial`` a later run cleans)
and files left in the commands' own TMPDIR are counted and reported, not failed:
cleaning them is the export/backup code's job.

The suite runs a short version (tests/core/test_crash_safety_ops.py); the long run prints
a table (op, iterations, survived, failures) and writes the figures as JSON.
"""

from __future__ import annotations

import argparse
import contextlib
import hashlib
import io
import json
import os
import random
import re
import shutil
import signal
import subprocess
import sys
import tempfile
import time
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from tests.stress.kill9_intake import (
    PASSPHRASE,
    REPO,
    CrashSafetyFailure,
    blob_files,
    child_env,
)

OPS = ("edit", "redact", "export", "import", "backup", "rekey")
PROFILE = "government"
STATEMENT = "Anna Kovalenko saw the convoy at the bridge of Qarvenik on Monday at dawn. " * 4


@dataclass
class OpStats:
    """What the kills of one op hit and what the next open found."""

    op: str
    iterations: int = 0
    survived: int = 0
    killed: int = 0  # SIGKILL landed while the command ran
    acknowledged: int = 0  # exited 0 with its id before the kill
    applied_by_killed: int = 0  # killed, yet the write is there whole
    refused: int = 0  # exited non-zero by itself (a refusal, not a kill)
    hidden_leftovers: int = 0  # iterations after which a hidden temp name remained
    tmpdir_leftovers: int = 0  # iterations after which the commands' TMPDIR held a file
    leftover_names: list[str] = field(default_factory=list)  # the first few, for the report
    failures: list[str] = field(default_factory=list)
    seconds: float = 0.0

    def as_json(self) -> dict[str, Any]:
        """The figures as a JSON object."""
        return {
            "op": self.op,
            "iterations": self.iterations,
            "survived": self.survived,
            "killed": self.killed,
            "acknowledged": self.acknowledged,
            "applied_by_killed": self.applied_by_killed,
            "refused": self.refused,
            "hidden_leftovers": self.hidden_leftovers,
            "tmpdir_leftovers": self.tmpdir_leftovers,
            "leftover_names": self.leftover_names,
            "failures": self.failures,
            "seconds": round(self.seconds, 1),
        }


def _sha256_bytes(chunks: Any) -> str:
    digest = hashlib.sha256()
    for chunk in chunks:
        digest.update(chunk)
    return digest.hexdigest()


def _jpeg(path: Path, seed: int) -> None:
    from PIL import Image

    image = Image.new("RGB", (320, 240), (seed * 37 % 256, 90, 160))
    image.save(path, "JPEG", quality=80)


class OpLoop:
    """One op's vault in ``workdir``; ``iteration()`` kills one command of that op."""

    def __init__(
        self,
        op: str,
        workdir: Path,
        rng: random.Random,
        check_in_process: bool = True,
        iterations_per_vault: int = 10,
    ) -> None:
        if op not in OPS:
            raise ValueError(f"unknown op {op!r}")
        self.op = op
        self.workdir = workdir
        workdir.mkdir(parents=True, exist_ok=True)
        self.rng = rng
        self.check_in_process = check_in_process
        self.iterations_per_vault = iterations_per_vault
        self.stats = OpStats(op)
        self.env = child_env(workdir)
        # The commands' own TMPDIR: a kill must not leave a temp file there either.
        self.tmpdir = workdir / "tmp"
        self.tmpdir.mkdir(mode=0o700, exist_ok=True)
        self.env.update({"TMPDIR": str(self.tmpdir), "TEMP": str(self.tmpdir)})
        self.env["TMP"] = str(self.tmpdir)
        self.passphrase_file = workdir / "passphrase.txt"
        self.passphrase_file.write_text(PASSPHRASE + "\n", encoding="utf-8")
        self.passphrase_file.chmod(0o600)
        self.out = workdir / "out"  # export and backup destinations
        self.vault_dir = workdir / "vault"
        self.source_dir = workdir / "source"  # the sender of the bundles ``import`` takes
        self.bundles: list[Path] = []
        self.bundle_items: dict[str, int] = {}  # "whole" -> records one bundle brings
        self.acked: list[str] = []  # ids (or paths) the op acknowledged in this vault
        self.serial = 0
        self.duration_s = 1.0
        self._new_vault()
        if op == "import":
            self._make_source()
        self._calibrate()

    # ---- set-up ------------------------------------------------------------------

    def _argv(self, vault_dir: Path, *args: str) -> list[str]:
        return [
            sys.executable,
            "-m",
            "vault",
            "--vault",
            str(vault_dir),
            "--passphrase-file",
            str(self.passphrase_file),
            *args,
        ]

    def _cli(self, *args: str, vault_dir: Path | None = None) -> subprocess.CompletedProcess[str]:
        done = subprocess.run(
            self._argv(vault_dir or self.vault_dir, *args),
            cwd=REPO,
            env=self.env,
            capture_output=True,
            text=True,
            timeout=180,
            check=False,
        )
        return done

    def _must(self, *args: str, vault_dir: Path | None = None) -> str:
        done = self._cli(*args, vault_dir=vault_dir)
        if done.returncode != 0:
            raise CrashSafetyFailure(f"{args[0]} failed in set-up: {done.stderr.strip()}")
        return done.stdout

    def _populate(self, vault_dir: Path, seed: int) -> None:
        """A case with a witness, a statement, a consent and a reviewed JPEG."""
        self._must("init", "--operator", "Kill Loop", vault_dir=vault_dir)
        self._must("case", "add", "--title", f"Kill loop case {seed}", vault_dir=vault_dir)
        self._must(
            "person",
            "add",
            "--case",
            "C-001",
            "--name",
            "Anna Kovalenko",
            "--role",
            "witness",
            vault_dir=vault_dir,
        )
        text = self.workdir / "statement.txt"
        text.write_text(STATEMENT, encoding="utf-8")
        self._must(
            "statement",
            "add",
            "--case",
            "C-001",
            "--witness",
            "W-001",
            "--text-file",
            str(text),
            vault_dir=vault_dir,
        )
        photo = self.workdir / f"photo-{seed}.jpg"
        _jpeg(photo, seed)
        self._must("attach", "--case", "C-001", str(photo), vault_dir=vault_dir)
        self._must(
            "redact", "review", "--attachment", "A-001", "--profile", PROFILE, vault_dir=vault_dir
        )

    def _template(self) -> Path:
        """The populated vault every loop of this run starts from (made once, beside
        the ops' folders; copying it is much quicker than making a vault)."""
        template = self.workdir.parent / "template"
        if not template.exists():
            making = self.workdir.parent / "template-making"
            shutil.rmtree(making, ignore_errors=True)
            self._populate(making, 0)
            making.rename(template)
        return template

    def _new_vault(self) -> None:
        """A fresh vault (keeps each ``check`` short) and empty destinations."""
        shutil.rmtree(self.vault_dir, ignore_errors=True)
        shutil.rmtree(self.out, ignore_errors=True)
        self.out.mkdir()
        shutil.copytree(self._template(), self.vault_dir)
        self.acked = []

    def _make_source(self) -> None:
        """The sender's vault; bundles are exported from it as the loop needs them."""
        shutil.copytree(self._template(), self.source_dir)

    def _bundle(self) -> Path:
        """A bundle this vault has not imported yet (a new export when all were)."""
        imported = set(self._query("SELECT bundle_id FROM imports"))
        for bundle in self.bundles:
            if self._bundle_id(bundle) not in imported:
                return bundle
        path = self.workdir / "bundles" / f"b{len(self.bundles):04d}"
        path.parent.mkdir(exist_ok=True)
        self._must(
            "export",
            "--case",
            "C-001",
            "--profile",
            PROFILE,
            "--out",
            str(path),
            vault_dir=self.source_dir,
        )
        self.bundles.append(path)
        return path

    @staticmethod
    def _bundle_id(bundle: Path) -> str:
        for line in (bundle / "bag-info.txt").read_text(encoding="utf-8").splitlines():
            if line.startswith("External-Identifier:"):
                return line.split(":", 1)[1].strip()
        raise CrashSafetyFailure(f"{bundle} names no bundle id")

    def _command(self) -> tuple[list[str], str]:
        """The argv of this iteration's write and what it writes (for the checks)."""
        self.serial += 1
        n = self.serial
        if self.op == "edit":
            text = self.workdir / "edit.txt"
            text.write_text(f"{STATEMENT}Version {n}: the convoy turned north.\n", "utf-8")
            args = [
                "statement",
                "edit",
                "S-001",
                "--case",
                "C-001",
                "--text-file",
                str(text),
                "--reason",
                f"correction {n}",
            ]
            return self._argv(self.vault_dir, *args), ""
        if self.op == "redact":
            # Never the same span or box twice among 80 writes in a row (a vault lives
            # for 11): a repeat or an overlap would be refused, not tested.
            slot = n // 2 % 40
            if n % 2:
                start = slot * 7  # 5 characters of every 7; the statement has 300
                args = [
                    "redact",
                    "span",
                    "--case",
                    "C-001",
                    "--statement",
                    "S-001",
                    "--start",
                    str(start),
                    "--end",
                    str(start + 5),
                    "--reason",
                    "identity",
                ]
            else:
                box = f"{1 + slot * 2},{1 + slot},20,20"  # inside the 320x240 photo
                args = [
                    "redact",
                    "box",
                    "--case",
                    "C-001",
                    "--attachment",
                    "A-001",
                    "--box",
                    box,
                    "--reason",
                    "identity",
                ]
            return self._argv(self.vault_dir, *args), ""
        if self.op == "export":
            target = self.out / (f"bundle-{n}.zip" if n % 2 else f"bundle-{n}")
            args = ["export", "--case", "C-001", "--profile", PROFILE, "--out", str(target)]
            if n % 2:
                args.append("--zip")
            return self._argv(self.vault_dir, *args), str(target)
        if self.op == "import":
            bundle = self._bundle()
            args = ["import", "--allow-unverified-signer", str(bundle)]
            return self._argv(self.vault_dir, *args), str(bundle)
        if self.op == "backup":
            target = self.out / f"backup-{n}"
            return self._argv(self.vault_dir, "backup", "--out", str(target)), str(target)
        # rekey: the same passphrase, a new master key
        args = ["rekey", "--new-passphrase-file", str(self.passphrase_file)]
        return self._argv(self.vault_dir, *args), ""

    def _acknowledge(self, stdout: str, what: str) -> None:
        """Remember what an exited-0 command said it wrote."""
        if self.op in ("edit", "redact", "import"):
            match = re.search(r"\b([0-9a-f]{32})\b", stdout)
            if not match:
                raise CrashSafetyFailure(f"{self.op} exited 0 without printing an id: {stdout}")
            self.acked.append(match.group(1))
        elif self.op in ("export", "backup"):
            self.acked.append(what)

    def _calibrate(self) -> None:
        """Time one unkilled run, so kills spread over the command's whole life."""
        argv, what = self._command()
        started = time.perf_counter()
        done = subprocess.run(
            argv, cwd=REPO, env=self.env, capture_output=True, text=True, timeout=180, check=False
        )
        self.duration_s = time.perf_counter() - started
        if done.returncode != 0:
            raise CrashSafetyFailure(f"{self.op} failed unkilled: {done.stderr.strip()}")
        self._acknowledge(done.stdout, what)
        self.verify(what, killed=False)

    # ---- one kill ------------------------------------------------------------------

    def iteration(self) -> None:
        """Start one write, SIGKILL it at a random moment, then verify the vault."""
        if self.stats.iterations and self.stats.iterations % self.iterations_per_vault == 0:
            self._new_vault()
        self.stats.iterations += 1
        argv, what = self._command()
        proc = subprocess.Popen(
            argv, cwd=REPO, env=self.env, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True
        )
        started = time.perf_counter()
        deadline = started + self.rng.uniform(0, self.duration_s * 1.1)
        while proc.poll() is None and time.perf_counter() < deadline:
            time.sleep(0.005)
        if proc.poll() is None:
            proc.send_signal(signal.SIGKILL)
        else:
            # Finished before its kill: the machine's load changes, so the kill window
            # follows what unkilled runs take now (the calibration alone may be far off).
            self.duration_s = (self.duration_s + time.perf_counter() - started) / 2
        out, _err = proc.communicate(timeout=120)
        killed = proc.returncode == -signal.SIGKILL
        if killed:
            self.stats.killed += 1
        elif proc.returncode == 0:
            self.stats.acknowledged += 1
            self._acknowledge(out, what)
        else:
            self.stats.refused += 1
        try:
            self.verify(what, killed=killed)
        except CrashSafetyFailure as exc:
            self.stats.failures.append(f"iteration {self.stats.iterations}: {exc}")
            self._new_vault()  # go on with a whole vault; the failure is recorded
            return
        self.stats.survived += 1

    # ---- verification --------------------------------------------------------------

    def _run_check(self, *args: str, vault_dir: Path | None = None) -> tuple[int, str]:
        vault_args = [
            "--vault",
            str(vault_dir or self.vault_dir),
            "--passphrase-file",
            str(self.passphrase_file),
        ]
        if not self.check_in_process:
            done = self._cli(*args, vault_dir=vault_dir)
            return done.returncode, done.stderr.strip()
        from vault.cli import main as cli_main

        err = io.StringIO()
        with contextlib.redirect_stderr(err), contextlib.redirect_stdout(io.StringIO()):
            code = cli_main([*vault_args, *args])
        return code, err.getvalue().strip()

    def _query(self, sql: str) -> list[Any]:
        from vault.core.vault import Credential, Vault

        with Vault.open(self.vault_dir, Credential.passphrase(PASSPHRASE)) as vault:
            return [row[0] for row in vault.conn.execute(sql).fetchall()]

    def _leftovers(self) -> list[Path]:
        """Names under the destinations that are not a final export/backup name."""
        final = re.compile(r"^(bundle-\d+(\.zip)?|backup-\d+)$")
        return sorted(p for p in self.out.iterdir() if not final.match(p.name))

    def _bundle_ok(self, path: Path) -> bool:
        code, _err = self._run_check("verify", str(path))
        return code == 0

    def verify(self, what: str, killed: bool) -> None:
        """Open, ``check``, ``audit verify`` and the op's own promises; raise
        CrashSafetyFailure naming the first broken one."""
        os.environ.update({"EVIDENCE_VAULT_KDF": "fast", "EVIDENCE_VAULT_TESTING": "1"})
        code, err = self._run_check("check")
        if code != 0:
            raise CrashSafetyFailure(f"check failed (exit {code}): {err}")
        code, err = self._run_check("audit", "verify")
        if code != 0:
            raise CrashSafetyFailure(f"audit verify failed (exit {code}): {err}")
        from vault.core.attachments import list_attachments, read_attachment
        from vault.core.vault import Credential, Vault

        with Vault.open(self.vault_dir, Credential.passphrase(PASSPHRASE)) as vault:
            attachments = list_attachments(vault)
            ids = {a.id for a in attachments}
            on_disk = blob_files(self.vault_dir)
            if on_disk != ids:
                raise CrashSafetyFailure(
                    f"blob files and rows differ: extra {sorted(on_disk - ids)}, "
                    f"missing {sorted(ids - on_disk)}"
                )
            if self.op == "rekey":
                for attachment in attachments:
                    got = _sha256_bytes(read_attachment(vault, attachment.id))
                    if got != attachment.sha256:
                        raise CrashSafetyFailure(f"{attachment.label} reads back wrong")

            def rows(sql: str, *params: Any) -> list[Any]:
                return [r[0] for r in vault.conn.execute(sql, params).fetchall()]

            if self.op == "edit":
                have = set(rows("SELECT id FROM statement_versions"))
                self._acked_in(have, "statement version")
                if killed and len(have) > len(self.acked) + 1:
                    self.stats.applied_by_killed += 1
            elif self.op == "redact":
                self._acked_in(set(rows("SELECT id FROM redactions")), "redaction")
            elif self.op == "import":
                self._acked_in(set(rows("SELECT case_id FROM imports")), "imported case")
                for bundle_id, count in vault.conn.execute(
                    "SELECT i.bundle_id, count(t.rowid) FROM imports i "
                    "LEFT JOIN imported_items t ON t.import_id = i.id GROUP BY i.id"
                ).fetchall():
                    # Every bundle comes from the same source case: the first (unkilled)
                    # import says how many records a whole one brings.
                    expected = self.bundle_items.setdefault("whole", count)
                    if count != expected:
                        raise CrashSafetyFailure(
                            f"import of {bundle_id} holds {count} of {expected} records"
                        )
            events = " ".join(rows("SELECT details FROM custody WHERE action = 'export'"))
        # Bundles and backups are checked with the vault closed: ``verify`` opens it.
        if self.op == "export":
            self._check_exports(events, what, killed)
        if self.op == "backup":
            self._check_backups(what, killed)
        left = self._leftovers()
        if left:
            self.stats.hidden_leftovers += 1
        in_tmp = sorted(self.tmpdir.iterdir())
        if in_tmp:
            self.stats.tmpdir_leftovers += 1
        for path in [*left, *in_tmp]:
            if len(self.stats.leftover_names) < 5 and path.name not in self.stats.leftover_names:
                self.stats.leftover_names.append(path.name)

    def _acked_in(self, have: set[str], kind: str) -> None:
        missing = [i for i in self.acked if i not in have]
        if missing:
            raise CrashSafetyFailure(f"acknowledged {kind} missing: {missing}")

    def _check_exports(self, events: str, what: str, killed: bool) -> None:
        for path in map(Path, self.acked):
            if not path.exists() or not self._bundle_ok(path):
                raise CrashSafetyFailure(f"acknowledged bundle {path.name} missing or broken")
        target = Path(what)
        if killed and target.exists() and str(target) not in self.acked:
            if not self._bundle_ok(target):
                raise CrashSafetyFailure(f"an incomplete bundle at the final name {target.name}")
            bundle_id = self._read_bundle_id(target)
            if bundle_id[:8] not in events:
                raise CrashSafetyFailure(
                    f"bundle {target.name} at its final name has no export custody event"
                )
            self.stats.applied_by_killed += 1
            self.acked.append(str(target))

    def _read_bundle_id(self, target: Path) -> str:
        if target.is_dir():
            return self._bundle_id(target)
        import zipfile

        with zipfile.ZipFile(target) as archive:
            for name in archive.namelist():
                if name.endswith("bag-info.txt"):
                    text = archive.read(name).decode("utf-8")
                    match = re.search(r"External-Identifier:\s*(\S+)", text)
                    if match:
                        return match.group(1)
        raise CrashSafetyFailure(f"{target.name} names no bundle id")

    def _check_backups(self, what: str, killed: bool) -> None:
        target = Path(what)
        if killed and target.exists() and what not in self.acked:
            self.acked.append(what)  # there at its final name: it must be whole
            self.stats.applied_by_killed += 1
        for path in map(Path, self.acked[-3:]):  # the newest few: each check reads all
            if not path.exists():
                raise CrashSafetyFailure(f"acknowledged backup {path.name} missing")
            code, err = self._run_check("check", vault_dir=path)
            if code != 0:
                raise CrashSafetyFailure(f"backup {path.name} does not check: {err}")


def run_op(
    op: str,
    iterations: int,
    seed: int,
    workdir: Path,
    check_in_process: bool = True,
    log: bool = False,
    budget_s: float | None = None,
) -> OpStats:
    """Run ``iterations`` kills of ``op`` (fewer if ``budget_s`` seconds run out first:
    the stats say how many ran); failures are recorded in the stats (the loop goes on
    with a new vault), never raised."""
    started = time.perf_counter()
    loop = OpLoop(op, workdir / op, random.Random(f"{seed}-{op}"), check_in_process)
    for index in range(iterations):
        if budget_s is not None and time.perf_counter() - started > budget_s:
            break
        loop.iteration()
        if log:
            state = "ok" if not loop.stats.failures else f"{len(loop.stats.failures)} failed"
            print(f"{op:<7} {index + 1:4d}/{iterations} {state}", file=sys.stderr, flush=True)
    loop.stats.seconds = time.perf_counter() - started
    return loop.stats


def table(stats: list[OpStats]) -> str:
    """The figures as a plain-text table: op, iterations, survived, failures and more."""
    head = (
        "op",
        "iterations",
        "survived",
        "failures",
        "killed",
        "acked",
        "applied-by-killed",
        "refused",
        "hidden-leftovers",
        "tmp-leftovers",
        "seconds",
    )
    lines = [" ".join(f"{h:>10}" for h in head)]
    for s in stats:
        row = (
            s.op,
            s.iterations,
            s.survived,
            len(s.failures),
            s.killed,
            s.acknowledged,
            s.applied_by_killed,
            s.refused,
            s.hidden_leftovers,
            s.tmpdir_leftovers,
            round(s.seconds),
        )
        lines.append(" ".join(f"{v!s:>10}" for v in row))
    return "\n".join(lines)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0] if __doc__ else None)
    parser.add_argument("--op", choices=OPS, action="append", help="only these ops")
    parser.add_argument("-n", "--iterations", type=int, default=200, help="per op")
    parser.add_argument("--seed", type=int, default=None, help="random seed (printed)")
    parser.add_argument("--json", type=Path, default=Path("kill9.json"), help="figures file")
    parser.add_argument(
        "--subprocess-check",
        action="store_true",
        help="run check and audit verify as processes (slower)",
    )
    parser.add_argument(
        "--minutes-per-op",
        type=float,
        default=None,
        help="stop an op after this long (the table says how many ran)",
    )
    parser.add_argument("--keep", action="store_true", help="keep the work folder")
    args = parser.parse_args(argv)
    os.environ.update({"EVIDENCE_VAULT_KDF": "fast", "EVIDENCE_VAULT_TESTING": "1"})
    seed = args.seed if args.seed is not None else random.randrange(1 << 30)
    workdir = Path(tempfile.mkdtemp(prefix="kill9-ops-"))
    print(f"seed {seed}, work folder {workdir}", file=sys.stderr)
    results: list[OpStats] = []
    try:
        for op in args.op or OPS:
            results.append(
                run_op(
                    op,
                    args.iterations,
                    seed,
                    workdir,
                    not args.subprocess_check,
                    log=True,
                    budget_s=args.minutes_per_op * 60 if args.minutes_per_op else None,
                )
            )
            args.json.write_text(
                json.dumps({"seed": seed, "ops": [s.as_json() for s in results]}, indent=2),
                encoding="utf-8",
            )
    finally:
        if not args.keep and not any(s.failures for s in results):
            shutil.rmtree(workdir, ignore_errors=True)
    print(table(results))
    for s in results:
        for failure in s.failures:
            print(f"{s.op}: {failure}")
    return 1 if any(s.failures for s in results) else 0


if __name__ == "__main__":
    sys.exit(main())
