"""Intake throughput, peak memory and unlock overhead, measured in one run.

    uv run python -m bench.intake            # 1 GiB throughput file, 2 GiB memory file
    uv run python -m bench.intake --quick    # small sizes, a few seconds

Throughput compares, on the same file and disk in the same run, a plain copy of the file
(read and write 1 MiB at a time, then fsync: what the disk can do without any crypto)
with our real ``intake_files`` into a real vault (fast test KDF; the KDF is not part of
intake), which reads the file once for SHA-256, SHA-512, AES-256-GCM and the padded
write.  Goal: ours >= 0.8x the plain copy.  The page cache holds the source after the
first run, so both read it from memory: the comparison is of what each writes.

Peak RSS is that of a child process taking in a 2 GiB file.  Goal: < 250 MiB.

Unlock overhead is ``Vault.open`` of a vault with a really calibrated passphrase slot (and
a few hundred attachments) minus the Argon2id derivation it runs, timed inside that open;
a bare derivation with the same parameters is timed beside it.  Goal: < 150 ms.

Prints a table and writes JSON to ``bench/results/intake.json``.  Work files go to a temp
folder under ``bench/results`` (same disk as the repo) and are removed afterwards.
"""

from __future__ import annotations

import argparse
import json
import os
import platform
import resource
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path
from typing import Any

from cryptography.hazmat.primitives.ciphers.aead import AESGCM

from bench.common import write_results
from bench.unlock import unlock_overhead  # format 2's unlock, timed in bench/unlock.py

REPO = Path(__file__).resolve().parent.parent
RESULTS = REPO / "bench" / "results"
MIB = 1 << 20
CHUNK = MIB
PASSPHRASE = "bench passphrase, not a secret"  # noqa: S105 - a throwaway bench vault
RSS_GOAL_MIB = 250
RATIO_GOAL = 0.8
UNLOCK_GOAL_MS = 150.0


def _use_fast_kdf() -> None:
    os.environ["EVIDENCE_VAULT_KDF"] = "fast"
    os.environ["EVIDENCE_VAULT_TESTING"] = "1"


def make_random_file(path: Path, size_mib: int) -> None:
    """``size_mib`` MiB of os.urandom, written 1 MiB at a time (flat memory)."""
    with open(path, "wb") as out:
        for _ in range(size_mib):
            out.write(os.urandom(MIB))
        out.flush()
        os.fsync(out.fileno())


def plain_copy(source: Path, target: Path) -> float:
    """Seconds for a plain copy of ``source`` to ``target`` (1 MiB reads and writes, then
    fsync): the disk's speed for this file, the baseline intake is measured against."""
    buffer = bytearray(CHUNK)
    view = memoryview(buffer)
    started = time.perf_counter()
    with open(source, "rb", buffering=0) as src, open(target, "wb", buffering=0) as dst:
        while n := src.readinto(buffer):
            dst.write(view[:n])
        os.fsync(dst.fileno())
    return time.perf_counter() - started


def our_intake(source: Path, workdir: Path) -> float:
    """Seconds for ``intake_files`` of ``source`` into a fresh vault (creation not timed)."""
    _use_fast_kdf()
    from vault.core.attachments import intake_files
    from vault.core.cases import add_case
    from vault.core.vault import Vault

    vault_dir = workdir / "vault"
    shutil.rmtree(vault_dir, ignore_errors=True)
    vault, _code = Vault.create(vault_dir, PASSPHRASE, "bench")
    with vault:
        case_id = add_case(vault, "bench").id
        started = time.perf_counter()
        intake_files(vault, case_id, [source])
        elapsed = time.perf_counter() - started
    shutil.rmtree(vault_dir, ignore_errors=True)
    return elapsed


def cpu_pipeline(size_mib: int, repeat: int) -> dict[str, Any]:
    """The same comparison without the disk: baseline loop vs our ``encrypt_stream``, both
    from memory to nowhere.  Shows what the hashing thread buys when the disk keeps up."""
    import hashlib
    import io

    from vault.core.container import encrypt_stream

    data = os.urandom(size_mib * MIB)
    key = os.urandom(32)

    def baseline() -> float:
        aead = AESGCM(key)
        out = memoryview(bytearray(CHUNK + 16))
        view = memoryview(data)
        digest = hashlib.sha256()
        started = time.perf_counter()
        for index in range(size_mib):
            chunk = view[index * CHUNK : (index + 1) * CHUNK]
            digest.update(chunk)
            final = index == size_mib - 1
            nonce = index.to_bytes(11, "big") + (b"\x01" if final else b"\x00")
            aead.encrypt_into(nonce, chunk, b"baseline", out)
        digest.hexdigest()
        return time.perf_counter() - started

    def ours() -> float:
        started = time.perf_counter()
        encrypt_stream(io.BytesIO(data), lambda _b: None, key, "0" * 32, "1" * 32)
        return time.perf_counter() - started

    base_mbs, our_mbs = [], []
    for _ in range(repeat):
        base_mbs.append(size_mib * MIB / 1e6 / baseline())
        our_mbs.append(size_mib * MIB / 1e6 / ours())
    return {
        "size_mib": size_mib,
        "baseline_best_mb_s": round(max(base_mbs), 1),
        "ours_best_mb_s": round(max(our_mbs), 1),
        "ratio_best": round(max(our_mbs) / max(base_mbs), 3),
    }


def throughput(source: Path, workdir: Path, size_mib: int, repeat: int) -> dict[str, Any]:
    """Alternate baseline and ours ``repeat`` times; keep every figure, report the best."""
    target = workdir / "baseline.out"
    base_times: list[float] = []
    our_times: list[float] = []
    for _ in range(repeat):
        base_times.append(plain_copy(source, target))
        target.unlink()
        our_times.append(our_intake(source, workdir))
    base_mbs = [size_mib * MIB / 1e6 / t for t in base_times]
    our_mbs = [size_mib * MIB / 1e6 / t for t in our_times]
    best_base, best_ours = max(base_mbs), max(our_mbs)
    return {
        "size_mib": size_mib,
        "repeat": repeat,
        "baseline_mb_s": [round(v, 1) for v in base_mbs],
        "ours_mb_s": [round(v, 1) for v in our_mbs],
        "baseline_best_mb_s": round(best_base, 1),
        "ours_best_mb_s": round(best_ours, 1),
        "ratio_best": round(best_ours / best_base, 3),
        "ratio_median": round(statistics.median(our_mbs) / statistics.median(base_mbs), 3),
        "goal_ratio": RATIO_GOAL,
    }


def _vm_hwm_kib() -> int:
    with open("/proc/self/status", encoding="ascii") as status:
        for line in status:
            if line.startswith("VmHWM:"):
                return int(line.split()[1])
    return 0


def rss_child(source: Path, workdir: Path) -> None:
    """Run in a child process: one intake of ``source``; print peak RSS figures as JSON."""
    _use_fast_kdf()
    from vault.core.attachments import intake_files
    from vault.core.cases import add_case
    from vault.core.vault import Vault

    vault, _code = Vault.create(workdir / "vault", PASSPHRASE, "bench")
    with vault:
        case_id = add_case(vault, "bench").id
        before = _vm_hwm_kib()
        intake_files(vault, case_id, [source])
        after = _vm_hwm_kib()
    print(json.dumps({"hwm_before_intake_kib": before, "hwm_after_intake_kib": after}))


def peak_rss(source: Path, workdir: Path, size_mib: int) -> dict[str, Any]:
    """Peak RSS of a child process that takes in ``source`` (``size_mib`` MiB)."""
    child_dir = workdir / "rss"
    child_dir.mkdir()
    proc = subprocess.run(
        [sys.executable, "-m", "bench.intake", "--rss-child", str(source), str(child_dir)],
        cwd=REPO,
        capture_output=True,
        text=True,
        check=True,
    )
    figures = json.loads(proc.stdout.strip().splitlines()[-1])
    # ru_maxrss (KiB on Linux) is the largest of the children waited for so far; it also
    # counts what a child inherited from this process before exec, which is why this step
    # runs first, while this process is still small.  The child's own VmHWM is the figure.
    maxrss_kib = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss
    shutil.rmtree(child_dir, ignore_errors=True)
    return {
        "size_mib": size_mib,
        "peak_rss_mib": round(figures["hwm_after_intake_kib"] / 1024, 1),
        "rss_before_intake_mib": round(figures["hwm_before_intake_kib"] / 1024, 1),
        "ru_maxrss_children_mib": round(maxrss_kib / 1024, 1),
        "goal_mib": RSS_GOAL_MIB,
    }


def _verdict(ok: bool) -> str:
    return "ok" if ok else "MISSED"


def print_table(results: dict[str, Any]) -> None:
    """The human-readable summary."""
    rows: list[tuple[str, str, str]] = []
    tp = results.get("throughput")
    if tp:
        size = f"{tp['size_mib']} MiB, best of {tp['repeat']}"
        rows.append(("plain copy + fsync MB/s", f"{tp['baseline_best_mb_s']:.1f}", size))
        rows.append(("ours (intake_files) MB/s", f"{tp['ours_best_mb_s']:.1f}", size))
        ok = tp["ratio_best"] >= RATIO_GOAL
        rows.append(
            (
                "ratio ours/baseline",
                f"{tp['ratio_best']:.2f} (median {tp['ratio_median']:.2f})",
                f">= {RATIO_GOAL} {_verdict(ok)}",
            )
        )
    cpu = results.get("cpu_only")
    if cpu:
        rows.append(
            (
                "in memory, no disk: baseline / ours",
                f"{cpu['baseline_best_mb_s']:.0f} / {cpu['ours_best_mb_s']:.0f}",
                f"MB/s, {cpu['size_mib']} MiB (ratio {cpu['ratio_best']:.2f})",
            )
        )
    rss = results.get("rss")
    if rss:
        ok = rss["peak_rss_mib"] < RSS_GOAL_MIB
        rows.append(
            (
                f"peak RSS, {rss['size_mib']} MiB intake",
                f"{rss['peak_rss_mib']:.1f} MiB",
                f"< {RSS_GOAL_MIB} MiB {_verdict(ok)} (child VmHWM; before intake "
                f"{rss['rss_before_intake_mib']:.1f}, "
                f"ru_maxrss {rss['ru_maxrss_children_mib']:.1f})",
            )
        )
    un = results.get("unlock")
    if un:
        kdf = un["kdf"]
        rows.append(
            (
                "Argon2id derive (median)",
                f"{un['derive_median_ms']:.1f} ms",
                f"m={kdf['m_kib']} KiB t={kdf['t']} p={kdf['p']}",
            )
        )
        rows.append(("Vault.open (median)", f"{un['open_median_ms']:.1f} ms", ""))
        ok = un["overhead_ms"] < UNLOCK_GOAL_MS
        rows.append(
            (
                "unlock overhead (open - its KDF)",
                f"{un['overhead_ms']:.1f} ms",
                f"< {UNLOCK_GOAL_MS:.0f} ms {_verdict(ok)} (difference of medians "
                f"{un['overhead_by_difference_of_medians_ms']:.1f})",
            )
        )
    width = max(len(r[0]) for r in rows)
    value_width = max(len(r[1]) for r in rows)
    for name, value, note in rows:
        print(f"{name:<{width}}  {value:>{value_width}}  {note}")


def parse_args(argv: list[str] | None = None) -> argparse.Namespace:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0] if __doc__ else None)
    parser.add_argument("--size-mib", type=int, default=1024, help="throughput file size")
    parser.add_argument("--rss-size-mib", type=int, default=2048, help="peak-RSS file size")
    parser.add_argument("--repeat", type=int, default=3, help="throughput runs of each kind")
    parser.add_argument("--unlock-repeat", type=int, default=5, help="unlock runs")
    parser.add_argument(
        "--unlock-attachments", type=int, default=300, help="small attachments in that vault"
    )
    parser.add_argument("--quick", action="store_true", help="64 MiB / 128 MiB, 2 runs")
    parser.add_argument("--skip-throughput", action="store_true")
    parser.add_argument("--skip-rss", action="store_true")
    parser.add_argument("--skip-unlock", action="store_true")
    parser.add_argument("--out", type=Path, default=RESULTS / "intake.json", help="JSON file")
    parser.add_argument("--rss-child", nargs=2, metavar=("SOURCE", "DIR"), help=argparse.SUPPRESS)
    args = parser.parse_args(argv)
    if args.quick:
        args.size_mib, args.rss_size_mib, args.repeat, args.unlock_repeat = 64, 128, 2, 2
    return args


def main(argv: list[str] | None = None) -> int:
    args = parse_args(argv)
    if args.rss_child:
        rss_child(Path(args.rss_child[0]), Path(args.rss_child[1]))
        return 0
    RESULTS.mkdir(parents=True, exist_ok=True)
    results: dict[str, Any] = {
        "when_utc": time.strftime("%Y-%m-%dT%H:%M:%SZ", time.gmtime()),
        "python": platform.python_version(),
        "machine": platform.machine(),
        "cpus": os.cpu_count(),
    }
    workdir = Path(tempfile.mkdtemp(prefix="intake-bench-", dir=RESULTS))
    try:
        if not args.skip_rss:  # first: see peak_rss
            source = workdir / "rss-source.bin"
            make_random_file(source, args.rss_size_mib)
            results["rss"] = peak_rss(source, workdir, args.rss_size_mib)
            source.unlink()
        if not args.skip_throughput:
            source = workdir / "source.bin"
            make_random_file(source, args.size_mib)
            results["throughput"] = throughput(source, workdir, args.size_mib, args.repeat)
            source.unlink()
            results["cpu_only"] = cpu_pipeline(min(args.size_mib, 256), args.repeat)
        if not args.skip_unlock:
            results["unlock"] = unlock_overhead(
                workdir, args.unlock_repeat, args.unlock_attachments
            )
    finally:
        shutil.rmtree(workdir, ignore_errors=True)
    print_table(results)
    write_results(results, args.out)
    return 0


if __name__ == "__main__":
    sys.exit(main())
