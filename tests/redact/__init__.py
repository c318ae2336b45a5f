"""Tests of vault.redact."""
