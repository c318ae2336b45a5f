"""Every entry point makes the process non-dumpable before anything is decrypted: no core
file (RLIMIT_CORE 0), and on Linux no core piped to a crash handler and no ptrace attach
(PR_SET_DUMPABLE 0)."""

from __future__ import annotations

import subprocess
import sys

import pytest

from tests.conftest import REPO

# Runs the real entry point, with the command line and the window replaced by a probe
# that reports what the process looks like by the time a command or the window would run.
PROBE = """
import os, resource, sys, types
import vault.cli
from vault.core.process_safety import is_dumpable

def probe(*args, **kwargs):
    print(is_dumpable(), resource.getrlimit(resource.RLIMIT_CORE))
    return 0

vault.cli.main = probe
window = types.ModuleType("vault.gui.app")  # no Qt needed to see the order
window.run = probe
sys.modules["vault.gui.app"] = window
os.environ["QT_QPA_PLATFORM"] = "offscreen"
sys.argv = ["evidence-vault", *sys.argv[1:]]
from vault.__main__ import main
print(is_dumpable())
sys.exit(main())
"""


@pytest.mark.skipif(not sys.platform.startswith("linux"), reason="prctl is Linux's")
@pytest.mark.parametrize("argv", [["info"], ["gui"], []], ids=["command", "gui", "no-args"])
def test_every_entry_point_makes_the_process_non_dumpable(argv: list[str]) -> None:
    done = subprocess.run(
        [sys.executable, "-c", PROBE, *argv],
        capture_output=True,
        text=True,
        cwd=REPO,
        check=True,
    )
    before, after = done.stdout.splitlines()
    assert before == "True"  # a plain Python process is dumpable ...
    assert after == "False (0, 0)"  # ... the app's is not, and has no core limit


# The decoder child, started as the cage starts it (``-I``, no environment), confining
# itself as its main() does before it reads its first request.
WORKER_PROBE = """
import resource, sys
from vault.core.process_safety import is_dumpable
from vault.redact import decode_worker
print(is_dumpable())
decode_worker.confine(3 << 30, 16)
print(is_dumpable(), resource.getrlimit(resource.RLIMIT_CORE))
"""


@pytest.mark.skipif(not sys.platform.startswith("linux"), reason="prctl is Linux's")
def test_the_decoder_child_holding_decrypted_files_is_non_dumpable_too() -> None:
    done = subprocess.run(
        [sys.executable, "-I", "-c", WORKER_PROBE],
        capture_output=True,
        text=True,
        cwd=REPO,
        env={},
        stdin=subprocess.DEVNULL,
        check=True,
    )
    before, after = done.stdout.splitlines()
    assert before == "True"  # exec gave it a dumpable process again ...
    assert after == "False (0, 0)"  # ... and it made itself non-dumpable
