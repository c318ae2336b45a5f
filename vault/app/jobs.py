"""The progress-and-cancel contract as the shells see it (defined once, in
``vault/core/progress.py``): a long operation of ``vault.app`` takes a ``Progress`` the
shell polls or draws and a ``CancelToken`` the shell sets; ``Cancelled`` is what it raises
when stopped before its commit point, having left nothing behind."""

from __future__ import annotations

from vault.core.progress import Cancelled, CancelToken, Progress, ProgressSnapshot

__all__ = ["CancelToken", "Cancelled", "Progress", "ProgressSnapshot"]
