"""Evidence Vault: encrypted, offline evidence store for human-rights investigators."""

__version__ = "0.1.0"

# The one application id (reverse DNS): the window's desktop file name, the installed
# .desktop and AppStream files (packaging/), the app icon's name and the macOS bundle id.
APP_ID = "org.evidencevault.EvidenceVault"
