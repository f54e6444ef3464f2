"""Errors services raise; adapters turn them into problem details, HTML pages or CLI messages."""

from __future__ import annotations

from dataclasses import dataclass, field


class ServiceError(Exception):
    """Base of every error a user can act on; `title` is short, the message says what to do."""

    title = "Request failed"
    status = 400

    def __init__(self, message: str) -> None:
        super().__init__(message)
        self.message = message


class NotFound(ServiceError):
    title = "Not found"
    status = 404


class Forbidden(ServiceError):
    title = "Not allowed"
    status = 403


class Unauthenticated(ServiceError):
    title = "Authentication required"
    status = 401


class Conflict(ServiceError):
    title = "Conflict"
    status = 409


class RateLimited(ServiceError):
    title = "Too many attempts"
    status = 429

    def __init__(self, message: str, retry_after: int) -> None:
        super().__init__(message)
        self.retry_after = retry_after


@dataclass(frozen=True, slots=True)
class FieldError:
    """One problem with one field of the input: where (`location`) and what is wrong."""

    location: str
    message: str


@dataclass
class InvalidInput(ServiceError):
    """Input that fails validation; nothing was written."""

    errors: list[FieldError] = field(default_factory=list)
    title = "Invalid input"
    status = 422

    def __init__(self, errors: list[FieldError]) -> None:
        summary = "; ".join(f"{e.location}: {e.message}" for e in errors[:5])
        super().__init__(summary or "the input is not valid")
        self.errors = errors

    @classmethod
    def one(cls, location: str, message: str) -> InvalidInput:
        return cls([FieldError(location, message)])
