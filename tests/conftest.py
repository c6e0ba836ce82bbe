"""Shared pytest configuration. Factories live in tests/factories.py (one place)."""

import os

os.environ.setdefault("FOIDESK_TESTING", "1")
