"""Data files the release scanner reads (lists of given names)."""
