"""Versioned rule files packaged in `pamoja/policy/rules/`: finding, reading and reporting errors.

Files are named `NAME-VERSION.json` (e.g. `compliance-2026.1.json`); each holds a JSON object with
at least `"version"`, which must equal the version in the file name.
"""

from __future__ import annotations

import json
import re
from importlib.resources import files
from typing import Any

_FILE_NAME = re.compile(r"^(?P<name>[a-z][a-z0-9_]*)-(?P<version>\d+(?:\.\d+)*)\.json$")


class RuleFileError(ValueError):
    """A rule file that cannot be used; the message names the file, the rule and the field."""

    def __init__(self, source: str, message: str, rule_id: str | None = None) -> None:
        self.source = source
        self.rule_id = rule_id
        where = f"{source}, rule {rule_id!r}" if rule_id else source
        super().__init__(f"{where}: {message}")


def _version_key(version: str) -> tuple[int, ...]:
    return tuple(int(part) for part in version.split("."))


def packaged_versions(name: str) -> list[str]:
    """Versions of rule file `name` shipped with Pamoja, oldest first."""
    versions = []
    for entry in files("pamoja.policy").joinpath("rules").iterdir():
        match = _FILE_NAME.match(entry.name)
        if match and match.group("name") == name:
            versions.append(match.group("version"))
    return sorted(versions, key=_version_key)


def read_packaged(name: str, version: str | None = None) -> tuple[dict[str, Any], str]:
    """The parsed content of a packaged rule file (the newest when no version is given) and its
    file name, for error messages."""
    if version is None:
        versions = packaged_versions(name)
        if not versions:
            raise RuleFileError(f"{name}-*.json", "no such rule file is packaged")
        version = versions[-1]
    source = f"{name}-{version}.json"
    resource = files("pamoja.policy").joinpath("rules", source)
    if not resource.is_file():
        known = ", ".join(packaged_versions(name)) or "none"
        raise RuleFileError(source, f"no such rule file is packaged (versions: {known})")
    return parse_json(resource.read_text(encoding="utf-8"), source), source


def parse_json(text: str, source: str) -> dict[str, Any]:
    """Parse a rule file's text; its top level must be an object with a string `version`."""
    try:
        data = json.loads(text)
    except json.JSONDecodeError as error:
        raise RuleFileError(
            source, f"not valid JSON at line {error.lineno}, column {error.colno}: {error.msg}"
        ) from error
    if not isinstance(data, dict):
        raise RuleFileError(source, "the top level must be a JSON object")
    version = data.get("version")
    if not isinstance(version, str) or not re.fullmatch(r"\d+(?:\.\d+)*", version):
        raise RuleFileError(source, 'field "version" must be a string such as "2026.1"')
    match = _FILE_NAME.match(source)
    if match and match.group("version") != version:
        raise RuleFileError(
            source, f'field "version" is {version!r} but the file name says {match["version"]!r}'
        )
    return data


def require(
    data: dict[str, Any], key: str, kind: type | tuple[type, ...], source: str, rule_id: str | None
) -> Any:
    """The value of a required field, checked for its JSON type."""
    if key not in data:
        raise RuleFileError(source, f'field "{key}" is missing', rule_id)
    value = data[key]
    if not isinstance(value, kind) or (isinstance(value, bool) and kind is int):
        raise RuleFileError(source, f'field "{key}" must be {_describe(kind)}', rule_id)
    return value


def optional(
    data: dict[str, Any],
    key: str,
    kind: type | tuple[type, ...],
    source: str,
    rule_id: str | None,
    default: Any,
) -> Any:
    """The value of an optional field, checked for its JSON type, or `default`."""
    if key not in data:
        return default
    return require(data, key, kind, source, rule_id)


def _describe(kind: type | tuple[type, ...]) -> str:
    names = {str: "a string", int: "a whole number", bool: "true or false", list: "a list"}
    names[dict] = "an object"
    kinds = kind if isinstance(kind, tuple) else (kind,)
    return " or ".join(names.get(k, k.__name__) for k in kinds)
