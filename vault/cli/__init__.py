"""The command line (``evidence-vault``): one module per command group, parsing and
printing over ``vault/app``.  ``main`` and ``build_parser`` live in ``main.py``."""

from vault.cli.main import build_parser, main

__all__ = ["build_parser", "main"]
