"""Typed domain values and enums shared by every layer; no I/O."""
