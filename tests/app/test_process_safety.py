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
from vault.app.process_safety import is_dumpable

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
