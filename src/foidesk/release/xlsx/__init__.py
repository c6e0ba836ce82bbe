"""Spreadsheets (xlsx, xlsm): find what a reader of the visible sheet cannot see, and remove it."""
