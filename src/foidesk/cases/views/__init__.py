"""Casework views, thin: a form validates, the view calls one service and renders.
Every view declares who may use it (foidesk.accounts.access)."""
