"""A notice's content, pre-check findings and public extract to and from the JSON it is stored as.

Recipients live in their own columns (the read gate uses them); everything else the requester
wrote is kept in `notices.content` as written.
"""

from __future__ import annotations

from datetime import date
from typing import Any

from pamoja.formats.public_notice import PublicArrestWarrant, PublicNotice
from pamoja.model.dates import PartialDate
from pamoja.model.notices import (
    AssetLink,
    JudicialReference,
    JudicialReferenceKind,
    NoticeKind,
    NoticeReference,
    NoticeType,
    Offence,
    RedPurpose,
)
from pamoja.model.records import Gender
from pamoja.policy.compliance import Finding, Severity
from pamoja.store.notice_views import NoticeContent


def encode_content(content: NoticeContent) -> dict[str, Any]:
    return {
        "facts": content.facts,
        "offences": [
            {
                "description": o.description,
                "legal_provision": o.legal_provision,
                "maximum_penalty_months": o.maximum_penalty_months,
                "remaining_sentence_months": o.remaining_sentence_months,
            }
            for o in content.offences
        ],
        "judicial_references": [
            {
                "kind": r.kind.value,
                "reference": r.reference,
                "issued_on": r.issued_on.isoformat() if r.issued_on else None,
                "issuing_authority": r.issuing_authority,
            }
            for r in content.judicial_references
        ],
        "red_purpose": content.red_purpose.value if content.red_purpose else None,
        "assets": [
            {"asset_record_id": a.asset_record_id, "offence_link": a.offence_link}
            for a in content.assets
        ],
        "public_extract_consent": content.public_extract_consent,
    }


def decode_content(
    kind: NoticeKind,
    notice_type: NoticeType,
    data: dict[str, Any],
    recipient_countries: frozenset[str],
    recipient_bodies: frozenset[str],
) -> NoticeContent:
    purpose = data.get("red_purpose")
    return NoticeContent(
        notice_type=notice_type,
        kind=kind,
        facts=data.get("facts", ""),
        offences=tuple(
            Offence(
                o["description"],
                o.get("legal_provision", ""),
                o.get("maximum_penalty_months"),
                o.get("remaining_sentence_months"),
            )
            for o in data.get("offences", ())
        ),
        judicial_references=tuple(
            JudicialReference(
                JudicialReferenceKind(r["kind"]),
                r.get("reference", ""),
                date.fromisoformat(r["issued_on"]) if r.get("issued_on") else None,
                r.get("issuing_authority", ""),
            )
            for r in data.get("judicial_references", ())
        ),
        red_purpose=RedPurpose(purpose) if purpose else None,
        assets=tuple(
            AssetLink(a["asset_record_id"], a.get("offence_link", ""))
            for a in data.get("assets", ())
        ),
        recipient_countries=recipient_countries,
        recipient_regional_bodies=recipient_bodies,
        public_extract_consent=bool(data.get("public_extract_consent", False)),
    )


def encode_findings(findings: list[Finding]) -> list[dict[str, Any]]:
    return [
        {
            "rule_id": f.rule_id,
            "rule_version": f.rule_version,
            "severity": f.severity.value,
            "explanation": f.explanation,
            "location": f.location,
            "matched_text": f.matched_text,
        }
        for f in findings
    ]


def decode_findings(data: list[dict[str, Any]] | None) -> tuple[Finding, ...]:
    return tuple(
        Finding(
            f["rule_id"],
            f["rule_version"],
            Severity(f["severity"]),
            f["explanation"],
            f.get("location"),
            f.get("matched_text"),
        )
        for f in data or ()
    )


def encode_public_extract(notice: PublicNotice) -> dict[str, Any]:
    """The snapshot of a public extract; the type and reference are the notice's own columns."""
    return {
        "name": notice.name,
        "forename": notice.forename,
        "date_of_birth": notice.date_of_birth.isoformat() if notice.date_of_birth else None,
        "sex": notice.sex.value,
        "nationalities": list(notice.nationalities),
        "country_of_birth": notice.country_of_birth,
        "place_of_birth": notice.place_of_birth,
        "arrest_warrants": [
            {
                "issuing_country": w.issuing_country,
                "charge": w.charge,
                "charge_translation": w.charge_translation,
            }
            for w in notice.arrest_warrants
        ],
        "image_ids": list(notice.image_ids),
    }


def decode_public_extract(
    notice_type: NoticeType, reference: NoticeReference, data: dict[str, Any]
) -> PublicNotice:
    born = data.get("date_of_birth")
    return PublicNotice(
        notice_type=notice_type,
        reference=reference,
        name=data.get("name", ""),
        forename=data.get("forename"),
        date_of_birth=PartialDate.parse(born) if born else None,
        sex=Gender(data.get("sex") or Gender.UNKNOWN),
        nationalities=tuple(data.get("nationalities", ())),
        country_of_birth=data.get("country_of_birth"),
        place_of_birth=data.get("place_of_birth"),
        arrest_warrants=tuple(
            PublicArrestWarrant(w["issuing_country"], w["charge"], w.get("charge_translation"))
            for w in data.get("arrest_warrants", ())
        ),
        image_ids=tuple(data.get("image_ids", ())),
    )
