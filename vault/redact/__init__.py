"""Redaction: text detection, image and PDF redaction (no Qt)."""
