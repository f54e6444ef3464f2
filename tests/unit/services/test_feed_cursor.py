"""Where a reader of the change feed stands: it never moves past a change it has not seen,
unless that change stays missing long enough to have been rolled back."""

from __future__ import annotations

from pamoja.services.change_feed import GAP_PATIENCE, FeedCursor


class Clock:
    def __init__(self) -> None:
        self.now = 0.0

    def __call__(self) -> float:
        return self.now


def test_changes_followed_in_order_move_the_cursor_past_them() -> None:
    cursor = FeedCursor(10)
    cursor.followed([11, 12, 13])
    assert cursor.position == 13


def test_a_missing_change_holds_the_cursor_below_it() -> None:
    cursor = FeedCursor(10, Clock())
    cursor.followed([11, 13, 14])
    assert cursor.position == 11
    assert not cursor.is_new(13)
    assert cursor.is_new(12)


def test_a_missing_change_that_arrives_late_lets_the_cursor_move_on() -> None:
    cursor = FeedCursor(10, Clock())
    cursor.followed([11, 13])
    cursor.followed([12])
    assert cursor.position == 13


def test_a_change_missing_for_longer_than_the_patience_is_passed_over() -> None:
    clock = Clock()
    cursor = FeedCursor(10, clock)
    cursor.followed([11, 13])
    clock.now = GAP_PATIENCE - 1
    cursor.followed([])
    cursor.followed([14])
    assert cursor.position == 11
    clock.now = GAP_PATIENCE + 1
    cursor.followed([])
    assert cursor.position == 14
