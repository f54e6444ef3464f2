"""Settings are checked once, at start-up: a bad combination stops the node with a message that
names the variables to fix."""

from __future__ import annotations

import pytest
from pydantic import ValidationError

from pamoja.config import DEMO_SECRET, Settings
from pamoja.services.screening import match_config
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


@pytest.mark.parametrize(
    ("variable", "value"),
    [
        ("screening_alert_threshold", 1.5),
        ("screening_review_threshold", 1.5),
        ("screening_common_name_points", 0.1),
        ("screening_year_alone_near_name_points", 0.1),
        ("screening_year_alone_near_name_points", -0.2),
        ("screening_common_name_listed", 1),
    ],
)
def test_a_screening_setting_out_of_its_range_is_refused(variable: str, value: float) -> None:
    with pytest.raises(ValidationError, match=variable):
        Settings(secret_key=TEST_SECRET, **{variable: value})


def test_the_screening_policy_is_read_from_the_environment(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.setenv("PAMOJA_SCREENING_YEAR_ONLY_POINTS", "-0.08")
    monkeypatch.setenv("PAMOJA_SCREENING_ALERT_THRESHOLD", "0.85")
    monkeypatch.setenv("PAMOJA_SCREENING_COMMON_NAME_LISTED", "50")
    monkeypatch.setenv("PAMOJA_SCREENING_COMMON_NAME_POINTS", "-0.2")
    monkeypatch.setenv("PAMOJA_SCREENING_YEAR_ALONE_NEAR_NAME_POINTS", "-0.1")
    settings = Settings(secret_key=TEST_SECRET)
    assert (
        settings.screening_year_only_points,
        settings.screening_alert_threshold,
        settings.screening_common_name_listed,
        settings.screening_common_name_points,
        settings.screening_year_alone_near_name_points,
    ) == (-0.08, 0.85, 50, -0.2, -0.1)


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


def test_the_screening_settings_make_the_nodes_scoring_rules() -> None:
    settings = Settings(
        secret_key=TEST_SECRET,
        screening_year_only_points=-0.08,
        screening_common_name_listed=50,
        screening_common_name_points=-0.2,
        screening_year_alone_near_name_points=0.0,
    )
    config = match_config(settings)
    assert (
        config.birth_year_only,
        config.common_name_listed,
        config.common_name,
        config.year_alone_near_name,
    ) == (-0.08, 50, -0.2, 0.0)
