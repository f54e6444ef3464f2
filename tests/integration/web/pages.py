"""Helpers of the page tests: what a TestClient response rendered, and logging in."""

from __future__ import annotations

from typing import Any

import httpx2 as httpx
from fastapi.testclient import TestClient

from tests.support.world import PASSWORD


def template_of(response: httpx.Response) -> str:
    """The name of the template the page was rendered from."""
    name: str = response.template.name  # type: ignore[attr-defined]
    return name


def context_of(response: httpx.Response) -> dict[str, Any]:
    """The context the page's template was rendered with."""
    context: dict[str, Any] = response.context  # type: ignore[attr-defined]
    return context


def log_in(client: TestClient, username: str, password: str = PASSWORD) -> httpx.Response:
    """Fill in and send the login form as a browser would."""
    form = client.get("/login")
    return client.post(
        "/login",
        data={
            "username": username,
            "password": password,
            "csrf_token": context_of(form)["csrf_token"],
        },
    )


def csrf_of(client: TestClient) -> str:
    """The form token of the logged-in session, as every page hands it out."""
    token: str = context_of(client.get("/"))["session"].csrf_token
    return token
