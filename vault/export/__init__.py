"""Export bundles: BagIt layout, minisign signatures, zip and age archives, safe reading.

No Qt here (the GUI calls in); may import vault.core and vault.redact.
"""
