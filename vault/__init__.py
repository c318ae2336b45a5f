"""Evidence Vault: encrypted, offline evidence store for human-rights investigators."""

__version__ = "0.1.0"
