"""Settings are checked once, at start-up: a bad combination stops the node with a message that
names the variables to fix."""

from __future__ import annotations

import pytest
from pydantic import ValidationError

from pamoja.config import DEMO_SECRET, Settings
from tests.conftest import TEST_SECRET


def test_a_review_threshold_above_the_alert_threshold_is_refused_naming_both() -> None:
    with pytest.raises(ValidationError) as refused:
        Settings(
            secret_key=TEST_SECRET,
            screening_alert_threshold=0.7,
            screening_review_threshold=0.75,
        )
    message = str(refused.value)
    assert "PAMOJA_SCREENING_REVIEW_THRESHOLD" in message
    assert "PAMOJA_SCREENING_ALERT_THRESHOLD" in message


@pytest.mark.parametrize("variable", ["screening_alert_threshold", "screening_review_threshold"])
def test_a_screening_threshold_outside_zero_to_one_is_refused(variable: str) -> None:
    with pytest.raises(ValidationError, match=variable):
        Settings(secret_key=TEST_SECRET, **{variable: 1.5})


def test_the_screening_policy_is_read_from_the_environment(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.setenv("PAMOJA_SCREENING_YEAR_ONLY_POINTS", "-0.08")
    monkeypatch.setenv("PAMOJA_SCREENING_ALERT_THRESHOLD", "0.85")
    settings = Settings(secret_key=TEST_SECRET)
    assert (settings.screening_year_only_points, settings.screening_alert_threshold) == (
        -0.08,
        0.85,
    )


def test_the_demo_secret_is_refused_outside_demo_mode() -> None:
    with pytest.raises(ValidationError, match="PAMOJA_DEMO_MODE"):
        Settings(secret_key=DEMO_SECRET)


def test_webhook_blocked_networks_are_read_comma_separated(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.setenv("PAMOJA_WEBHOOK_BLOCKED_NETWORKS", "10.0.0.0/8, 127.0.0.1/32")
    settings = Settings(secret_key=TEST_SECRET)
    assert [str(network) for network in settings.webhook_blocked_networks] == [
        "10.0.0.0/8",
        "127.0.0.1/32",
    ]


def test_empty_webhook_blocked_networks_allow_every_address(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.setenv("PAMOJA_WEBHOOK_BLOCKED_NETWORKS", "")
    assert Settings(secret_key=TEST_SECRET).webhook_blocked_networks == ()


def test_a_webhook_blocked_network_that_is_not_one_is_refused_by_name(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.setenv("PAMOJA_WEBHOOK_BLOCKED_NETWORKS", "10.0.0.1/8")
    with pytest.raises(ValidationError, match="webhook_blocked_networks"):
        Settings(secret_key=TEST_SECRET)
