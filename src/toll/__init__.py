"""toll: a sourced ledger of casualty claims and statements extracted from conflict news."""
__version__ = "0.1.0"
