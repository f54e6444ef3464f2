"""Pamoja: an open, self-hostable platform for cross-border police cooperation."""

__version__ = "0.1.0"
