"""Pydantic v2 schemas of the API: strict inputs (unknown fields refused), gate-shaped outputs."""
