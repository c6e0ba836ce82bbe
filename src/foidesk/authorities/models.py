"""Models of the authorities app."""
