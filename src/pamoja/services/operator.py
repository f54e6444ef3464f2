"""What the operator at the server's command line does without logging in: act as a named user
(imports and exports run with that user's rights and land in the trail under their name) and
list the accounts."""

from __future__ import annotations

from pamoja.model.actors import Actor
from pamoja.services.errors import NotFound
from pamoja.services.platform import Platform
from pamoja.store.directory import User


def actor_named(platform: Platform, username: str) -> Actor:
    """The actor of an active user, for CLI work done in their name."""
    with platform.uow() as uow:
        found = uow.directory.password_hash_of(username)
        actor = uow.directory.actor(found[0]) if found else None
    if actor is None:
        raise NotFound(f"no active user is called {username!r}; see `pamoja users list`")
    return actor


def all_users(platform: Platform) -> list[User]:
    """Every account, by username (the operator's view; the API's is for administrators)."""
    with platform.uow() as uow:
        return uow.directory.users()
