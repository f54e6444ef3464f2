"""Record bodies as clients send them to `POST /api/v1/records`."""

from __future__ import annotations

from typing import Any


def person_body(
    name: str = "Amina Wanjiru Odhiambo",
    *,
    dob: str | None = "1984-03",
    sharing: dict[str, Any] | None = None,
    **details: Any,
) -> dict[str, Any]:
    return {
        "kind": "person",
        "details": {
            "names": [{"full_name": name}],
            "date_of_birth": dob,
            "gender": "female",
            "nationalities": ["KE"],
            **details,
        },
        "sharing": sharing or {},
    }


def document_body(
    number: str = "AK7654321", *, sharing: dict[str, Any] | None = None, **details: Any
) -> dict[str, Any]:
    return {
        "kind": "document",
        "details": {
            "number": number,
            "kind": "passport",
            "issuing_country": "Kenya",
            "status": "stolen",
            **details,
        },
        "sharing": sharing or {},
    }
