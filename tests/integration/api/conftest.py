"""HTTP fixtures for the API tests (defined in tests/support/api.py for reuse by the web tests)."""

from tests.support.api import anonymous, api_app, client_as, session_client_as

__all__ = ["anonymous", "api_app", "client_as", "session_client_as"]
