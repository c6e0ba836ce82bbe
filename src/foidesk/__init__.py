"""foidesk: a desk for Freedom of Information requests (FOIA 2000, EIR 2004, FOISA 2002)."""

__version__ = "0.1.0"
