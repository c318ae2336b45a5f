"""What both shells do (the command line now, the desktop window next), without Qt.

Each module holds one topic a shell needs: unlocking (``session``), key flows (``keys``),
failure descriptions (``failures``), record forms and their warnings (``forms``), lists,
``show`` and search (``records``), redaction decisions (``redaction``), export as
plan-then-write (``export_flow``), verify-then-import and signers (``bundles``), and the
vault's care: info, check, backup, audit (``care``).  Shells parse and print; they never
repeat what is decided here.  Imports go down only: core, redact and export, never a shell.
"""
