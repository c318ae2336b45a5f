"""Kill -9 at random moments of intake and of small commits; the vault must come back whole.

    uv run python -m tests.stress.kill9_intake                 # 200 iterations
    uv run python -m tests.stress.kill9_intake -n 50 --seed 7

Each iteration starts a real process that writes to the vault and sends it SIGKILL after
a random delay:

- ``cli-attach``: ``python -m vault ... attach`` of two files (several MiB and a small
  one), killed anywhere in the process's life (start-up, unlock, intake, commit);
- ``driver-attach``: a small driver that unlocks the vault, says "ready", then calls
  ``intake_files`` on the same two files; killed inside the intake itself;
- ``driver-cases``: a driver adding many tiny cases in a row, so that kills often land
  between a database commit and the header rewrite that follows it.

After each kill the vault is opened by ``check`` (the CLI, in a subprocess by default),
which must pass; then no ``.intake-*`` temp file may remain, every blob file must belong
to a committed row, every listed attachment must read back with the SHA-256 of its source
file, and the two files of one ``attach`` must be there both or neither.

The suite runs a short version of this loop (tests/core/test_crash_safety.py).
"""

from __future__ import annotations

import argparse
import hashlib
import json
import os
import random
import shutil
import signal
import subprocess
import sys
import tempfile
import time
from collections import Counter
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

REPO = Path(__file__).resolve().parents[2]
PASSPHRASE = "kill nine passphrase"
MODES = ("cli-attach", "driver-attach", "driver-cases")
CASES_PER_DRIVER = 60
MIB = 1 << 20


class CrashSafetyFailure(AssertionError):
    """The vault did not come back whole after a kill; the message says how."""


def child_env(workdir: Path) -> dict[str, str]:
    """The environment of every writer and checker: the test-only fast KDF, and bytecode
    cached in a private folder (start-up is half the time of an iteration, and the shared
    ``__pycache__`` folders are being rewritten by other processes on a busy machine)."""
    env = {**os.environ, "EVIDENCE_VAULT_KDF": "fast", "EVIDENCE_VAULT_TESTING": "1"}
    env.pop("PYTHONDONTWRITEBYTECODE", None)
    env["PYTHONPYCACHEPREFIX"] = str(workdir / ".pycache")
    return env


def _sha256_file(path: Path) -> str:
    digest = hashlib.sha256()
    with open(path, "rb") as handle:
        while chunk := handle.read(MIB):
            digest.update(chunk)
    return digest.hexdigest()


def header_counter(vault_dir: Path, passphrase: str | None = None) -> int:
    """The rollback counter as the sealed state file says, read without opening the vault
    (opening would repair it).  Tries this module's passphrase, then the test suite's."""
    from vault.core.errors import WrongPassphrase
    from vault.core.header import read_slots
    from vault.core.unlock import Credential, unlock

    os.environ.update({"EVIDENCE_VAULT_KDF": "fast", "EVIDENCE_VAULT_TESTING": "1"})
    tried = [passphrase] if passphrase else [PASSPHRASE, "correct horse battery staple"]
    for secret in tried:
        try:
            opened = unlock(vault_dir, read_slots(vault_dir), Credential.passphrase(secret))
        except WrongPassphrase:
            continue
        return opened.state.counter
    raise WrongPassphrase("none of the test passphrases opens this vault")


def temp_files(vault_dir: Path) -> list[Path]:
    """Interrupted-intake temp files anywhere under the vault."""
    return sorted(vault_dir.rglob(".intake-*"))


def blob_files(vault_dir: Path) -> set[str]:
    """Names of the finished blob files under ``blobs/``."""
    root = vault_dir / "blobs"
    return {p.name for p in root.glob("*/*") if not p.name.startswith(".")}


@dataclass
class Stats:
    """What the kills hit and what the next open found."""

    iterations: int = 0
    modes: Counter[str] = field(default_factory=Counter)
    finished_before_kill: int = 0
    temp_left_by_kill: int = 0
    orphan_blob_left_by_kill: int = 0
    attach_committed: int = 0
    header_repaired: int = 0
    vaults: int = 0

    def as_json(self) -> dict[str, Any]:
        """The figures as a JSON object."""
        return {
            "iterations": self.iterations,
            "modes": dict(self.modes),
            "finished_before_kill": self.finished_before_kill,
            "temp_file_left_by_kill": self.temp_left_by_kill,
            "orphan_blob_left_by_kill": self.orphan_blob_left_by_kill,
            "attach_committed": self.attach_committed,
            "header_repaired_at_open": self.header_repaired,
            "vaults": self.vaults,
        }


class KillLoop:
    """A vault in ``workdir`` and the source files; ``iteration()`` kills one writer."""

    def __init__(
        self,
        workdir: Path,
        rng: random.Random,
        size_mib: int = 4,
        check_in_process: bool = False,
        iterations_per_vault: int = 10,
    ) -> None:
        self.workdir = workdir
        self.rng = rng
        self.check_in_process = check_in_process
        self.iterations_per_vault = iterations_per_vault
        self.stats = Stats()
        self.env = child_env(workdir)
        self.passphrase_file = workdir / "passphrase.txt"
        self.passphrase_file.write_text(PASSPHRASE + "\n", encoding="utf-8")
        # Two files per attach: "all or none" is visible in what survives.
        self.big = workdir / "big-source.bin"
        self.small = workdir / "small-source.bin"
        with open(self.big, "wb") as out:
            for _ in range(size_mib):
                out.write(os.urandom(MIB))
            out.write(os.urandom(12345))  # a short final chunk
        self.small.write_bytes(os.urandom(MIB + 7))
        self.expected = {
            p.name: (_sha256_file(p), p.stat().st_size) for p in (self.big, self.small)
        }
        self.vault_dir = workdir / "vault"
        self.case_id = ""
        self.verified: set[str] = set()
        self.full_cli_s = 1.0
        self.intake_s = 0.1
        self.cases_s = 0.5
        self._new_vault()
        self._calibrate()

    # ---- set-up ------------------------------------------------------------------

    def _cli(self, *args: str, timeout: float = 120) -> subprocess.CompletedProcess[str]:
        return subprocess.run(
            [sys.executable, "-m", "vault", *self._vault_args(), *args],
            cwd=REPO,
            env=self.env,
            capture_output=True,
            text=True,
            timeout=timeout,
            check=False,
        )

    def _vault_args(self) -> list[str]:
        return ["--vault", str(self.vault_dir), "--passphrase-file", str(self.passphrase_file)]

    def _new_vault(self) -> None:
        """A fresh vault and case: keeps each ``check`` (which reads every blob) short."""
        shutil.rmtree(self.vault_dir, ignore_errors=True)
        made = self._cli("init", "--operator", "Kill Loop")
        if made.returncode != 0:
            raise CrashSafetyFailure(f"init failed: {made.stderr.strip()}")
        added = self._cli("case", "add", "--title", "Kill loop case")
        if added.returncode != 0:
            raise CrashSafetyFailure(f"case add failed: {added.stderr.strip()}")
        self.case_id = added.stdout.split("\t")[0].strip()  # id, tab, code
        self.verified = set()
        self.stats.vaults += 1

    def _calibrate(self) -> None:
        """Time one unkilled run of each writer, so kills spread over their whole life."""
        started = time.perf_counter()
        done = self._cli("attach", "--case", self.case_id, str(self.big), str(self.small))
        self.full_cli_s = time.perf_counter() - started
        if done.returncode != 0:
            raise CrashSafetyFailure(f"attach failed: {done.stderr.strip()}")
        proc = self._start_driver("attach")
        self.intake_s = self._driver_elapsed(proc)
        proc = self._start_driver("cases")
        self.cases_s = self._driver_elapsed(proc)
        self.verify(before_counter=header_counter(self.vault_dir))

    def _start_driver(self, what: str) -> subprocess.Popen[str]:
        proc = subprocess.Popen(
            [
                sys.executable,
                "-m",
                "tests.stress.kill9_intake",
                "--driver",
                what,
                str(self.vault_dir),
                str(self.passphrase_file),
                self.case_id,
                str(self.big),
                str(self.small),
            ],
            cwd=REPO,
            env=self.env,
            stdout=subprocess.PIPE,
            stderr=subprocess.PIPE,
            text=True,
        )
        assert proc.stdout is not None
        line = proc.stdout.readline().strip()
        if line != "ready":
            _out, err = proc.communicate(timeout=60)
            raise CrashSafetyFailure(f"driver did not start: {line!r} {err.strip()}")
        return proc

    def _driver_elapsed(self, proc: subprocess.Popen[str]) -> float:
        out, err = proc.communicate(timeout=120)
        if proc.returncode != 0 or not out.startswith("done "):
            raise CrashSafetyFailure(f"driver failed: {err.strip()}")
        return float(out.split()[1])

    # ---- one kill ------------------------------------------------------------------

    def iteration(self, mode: str) -> None:
        """Start a writer of kind ``mode``, SIGKILL it at a random moment, then verify."""
        if self.stats.iterations and self.stats.iterations % self.iterations_per_vault == 0:
            self._new_vault()
        self.stats.iterations += 1
        self.stats.modes[mode] += 1
        proc: subprocess.Popen[str]
        if mode == "cli-attach":
            proc = subprocess.Popen(
                [
                    sys.executable,
                    "-m",
                    "vault",
                    *self._vault_args(),
                    "attach",
                    "--case",
                    self.case_id,
                    str(self.big),
                    str(self.small),
                ],
                cwd=REPO,
                env=self.env,
                stdout=subprocess.DEVNULL,
                stderr=subprocess.DEVNULL,
                text=True,
            )
            window = self.full_cli_s * 1.1
        elif mode == "driver-attach":
            proc = self._start_driver("attach")
            window = self.intake_s * 1.2
        elif mode == "driver-cases":
            proc = self._start_driver("cases")
            window = self.cases_s
        else:
            raise ValueError(f"unknown mode {mode!r}")
        committed_before = len(self.verified)
        time.sleep(self.rng.uniform(0, window))
        if proc.poll() is None:
            proc.send_signal(signal.SIGKILL)
        proc.communicate(timeout=60)
        if proc.returncode != -signal.SIGKILL:
            self.stats.finished_before_kill += 1
        before = header_counter(self.vault_dir)
        if temp_files(self.vault_dir):
            self.stats.temp_left_by_kill += 1
        blobs_at_kill = blob_files(self.vault_dir)
        self.verify(before_counter=before)
        if blobs_at_kill - self.verified:
            # Blob-named files whose rows are not there: a blob is named only after its
            # row commits, so this stays 0 (the open would quarantine, never delete them).
            self.stats.orphan_blob_left_by_kill += 1
        if mode != "driver-cases" and len(self.verified) > committed_before:
            self.stats.attach_committed += 1

    # ---- verification --------------------------------------------------------------

    def _check(self) -> tuple[int, str]:
        if not self.check_in_process:
            done = self._cli("check")
            return done.returncode, done.stderr.strip()
        import contextlib
        import io

        from vault.cli import main as cli_main

        err = io.StringIO()
        with contextlib.redirect_stderr(err), contextlib.redirect_stdout(io.StringIO()):
            code = cli_main([*self._vault_args(), "check"])
        return code, err.getvalue().strip()

    def verify(self, before_counter: int) -> None:
        """Open via ``check`` and assert the vault is whole; raise CrashSafetyFailure if not."""
        code, err = self._check()
        if code != 0:
            raise CrashSafetyFailure(f"check failed after a kill (exit {code}): {err}")
        left = temp_files(self.vault_dir)
        if left:
            raise CrashSafetyFailure(f"temp files remain after open: {left}")
        if header_counter(self.vault_dir) != before_counter:
            self.stats.header_repaired += 1
        from vault.core.attachments import list_attachments, read_attachment
        from vault.core.vault import Credential, Vault

        os.environ.update({"EVIDENCE_VAULT_KDF": "fast", "EVIDENCE_VAULT_TESTING": "1"})
        with Vault.open(self.vault_dir, Credential.passphrase(PASSPHRASE)) as vault:
            if vault.state.counter != header_counter(self.vault_dir):
                raise CrashSafetyFailure("the state on disk changed between opens")
            attachments = list_attachments(vault)
            ids = {a.id for a in attachments}
            on_disk = blob_files(self.vault_dir)
            if on_disk != ids:
                raise CrashSafetyFailure(
                    f"blob files and rows differ: extra {sorted(on_disk - ids)}, "
                    f"missing {sorted(ids - on_disk)}"
                )
            names = Counter(a.name for a in attachments)
            if names[self.big.name] != names[self.small.name] or len(names) > 2:
                raise CrashSafetyFailure(f"an attach was half committed: {dict(names)}")
            for attachment in attachments:
                sha, size = self.expected[attachment.name]
                if (attachment.sha256, attachment.size) != (sha, size):
                    raise CrashSafetyFailure(f"{attachment.label} has the wrong recorded hash")
                if attachment.id in self.verified:
                    continue  # read back in an earlier round; check re-authenticated it
                digest = hashlib.sha256()
                for chunk in read_attachment(vault, attachment.id):
                    digest.update(chunk)
                if digest.hexdigest() != sha:
                    raise CrashSafetyFailure(f"{attachment.label} reads back wrong")
                self.verified.add(attachment.id)


def run(
    iterations: int,
    seed: int,
    workdir: Path,
    size_mib: int = 4,
    check_in_process: bool = False,
    modes: tuple[str, ...] = MODES,
    log: bool = False,
) -> Stats:
    """Run ``iterations`` kills, cycling through ``modes``; raise CrashSafetyFailure on
    the first vault that does not come back whole."""
    rng = random.Random(seed)
    loop = KillLoop(workdir, rng, size_mib, check_in_process)
    for index in range(iterations):
        mode = modes[index % len(modes)]
        loop.iteration(mode)
        if log:
            print(f"{index + 1:4d}/{iterations} {mode:<14} ok", file=sys.stderr, flush=True)
    return loop.stats


# ---- the driver processes (killed by the loop) ----------------------------------------


def driver(
    what: str, vault_dir: Path, passphrase_file: Path, case_id: str, files: list[Path]
) -> int:
    """Unlock, say "ready", then write: one ``intake_files`` or many tiny cases."""
    from vault.core.attachments import intake_files
    from vault.core.cases import add_case
    from vault.core.vault import Credential, Vault

    passphrase = passphrase_file.read_text(encoding="utf-8").rstrip("\n")
    with Vault.open(vault_dir, Credential.passphrase(passphrase)) as vault:
        print("ready", flush=True)
        started = time.perf_counter()
        if what == "attach":
            intake_files(vault, case_id, files)
        elif what == "cases":
            for number in range(CASES_PER_DRIVER):
                add_case(vault, f"Tiny case {number}")
        elif what in FATAL_POINTS:
            die_at(what, vault, case_id, files)
        else:
            raise ValueError(f"unknown driver {what!r}")
        print(f"done {time.perf_counter() - started:.6f}", flush=True)
    return 0


# Deterministic kills: the driver SIGKILLs itself at one exact point of a real write.
FATAL_POINTS = (
    "mid-intake",  # after the first chunk reached the temp file
    "before-row-commit",  # blobs complete, renamed and durable; no row yet
    "after-case-commit",  # a case committed; the state rewrite not begun
    "after-intake-commit",  # attachment rows committed; the state rewrite not begun
)


def _sigkill_self(*_args: object) -> None:
    os.kill(os.getpid(), signal.SIGKILL)


def die_at(point: str, vault: Any, case_id: str, files: list[Path]) -> None:
    """Write to ``vault`` and SIGKILL this process at ``point`` (one of FATAL_POINTS)."""
    import vault.core.attachments as attachments_module
    import vault.core.vault as vault_module
    from vault.core.cases import add_case

    if point == "mid-intake":

        def progress(done: int, _total: int) -> None:
            if done >= MIB:
                _sigkill_self()

        attachments_module.intake_files(vault, case_id, files, progress=progress)
    elif point == "before-row-commit":
        vars(attachments_module)["_commit_rows"] = _sigkill_self
        attachments_module.intake_files(vault, case_id, files)
    elif point == "after-case-commit":
        vars(vault_module)["write_records"] = _sigkill_self
        add_case(vault, "Committed, header not yet rewritten")
    elif point == "after-intake-commit":
        vars(vault_module)["write_records"] = _sigkill_self
        attachments_module.intake_files(vault, case_id, files)
    raise AssertionError(f"the driver outlived its kill at {point}")


def run_driver(
    what: str, vault_dir: Path, passphrase_file: Path, case_id: str, files: list[Path]
) -> subprocess.CompletedProcess[str]:
    """Run one driver process to its end (or its own kill) and return how it ended."""
    return subprocess.run(
        [
            sys.executable,
            "-m",
            "tests.stress.kill9_intake",
            "--driver",
            what,
            str(vault_dir),
            str(passphrase_file),
            case_id,
            *(str(f) for f in files),
        ],
        cwd=REPO,
        env=child_env(vault_dir.parent),
        capture_output=True,
        text=True,
        timeout=120,
        check=False,
    )


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0] if __doc__ else None)
    parser.add_argument("-n", "--iterations", type=int, default=200)
    parser.add_argument("--seed", type=int, default=None, help="random seed (printed)")
    parser.add_argument("--size-mib", type=int, default=4, help="size of the larger file")
    parser.add_argument("--in-process-check", action="store_true", help="faster, same checks")
    parser.add_argument("--mode", choices=MODES, action="append", help="only these kinds")
    parser.add_argument("--keep", action="store_true", help="keep the work folder")
    parser.add_argument("--driver", nargs="+", help=argparse.SUPPRESS)
    args = parser.parse_args(argv)
    os.environ.update({"EVIDENCE_VAULT_KDF": "fast", "EVIDENCE_VAULT_TESTING": "1"})
    if args.driver:
        what, vault_dir, passphrase_file, case_id, *files = args.driver
        return driver(
            what, Path(vault_dir), Path(passphrase_file), case_id, [Path(f) for f in files]
        )
    seed = args.seed if args.seed is not None else random.randrange(1 << 30)
    workdir = Path(tempfile.mkdtemp(prefix="kill9-"))
    print(f"seed {seed}, work folder {workdir}", file=sys.stderr)
    started = time.perf_counter()
    failed = False
    try:
        stats = run(
            args.iterations,
            seed,
            workdir,
            args.size_mib,
            args.in_process_check,
            tuple(args.mode or MODES),
            log=True,
        )
    except CrashSafetyFailure as exc:
        failed = True
        print(f"FAILED: {exc}\n(work folder kept: {workdir})", file=sys.stderr)
        return 1
    finally:
        if not failed and not args.keep:
            shutil.rmtree(workdir, ignore_errors=True)
    result = {**stats.as_json(), "seed": seed, "seconds": round(time.perf_counter() - started, 1)}
    print(json.dumps(result, indent=2))
    return 0


if __name__ == "__main__":
    sys.exit(main())
