"""The HTTP API under /api/v1: a thin adapter that parses input, calls services, renders output."""
