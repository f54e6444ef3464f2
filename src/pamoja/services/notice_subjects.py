"""What a notice takes from its subject records: the facts the pre-check needs, and the public
extract published with a consenting Red or Yellow notice.

How protection, photos and fingerprints are recorded on a person: as identifiers.

- `Identifier(kind="refugee_status", value=<decision or UNHCR reference>, country=<country fled>)`
  records recognised refugee status; `kind="asylum_seeker"` (or `"asylum"`) a pending asylum
  claim, with the same `country`. The country is the one the person fled (alpha-3): a request
  from that country about them is what the refugee-protection rule flags.
- `Identifier(kind="photo", value=<image reference>)` and
  `Identifier(kind="fingerprints", value=<AFIS or biometric file reference>)` say that a photo or
  a fingerprint set exists for the person.
"""

from __future__ import annotations

from pamoja.formats.public_notice import (
    PUBLIC_TYPES,
    PublicArrestWarrant,
    PublicNotice,
    public_notice_from_person,
)
from pamoja.model.notices import NoticeReference, NoticeSubject, ProtectionStatus
from pamoja.model.records import Details, OrganisationDetails, PersonDetails
from pamoja.store.notice_views import NoticeContent

REFUGEE_STATUS = "refugee_status"
ASYLUM_SEEKER = "asylum_seeker"
PROTECTION_KINDS: dict[str, ProtectionStatus] = {
    REFUGEE_STATUS: ProtectionStatus.REFUGEE,
    "refugee": ProtectionStatus.REFUGEE,
    ASYLUM_SEEKER: ProtectionStatus.ASYLUM_SEEKER,
    "asylum": ProtectionStatus.ASYLUM_SEEKER,
}
"""Identifier kinds that record international protection, and what each means."""
PHOTO = "photo"
FINGERPRINTS = "fingerprints"


def subject_facts(record_id: int, details: Details) -> NoticeSubject:
    """A subject record reduced to what the compliance pre-check looks at.

    Recognised refugee status outweighs a pending asylum claim when both are recorded.
    """
    if isinstance(details, OrganisationDetails):
        return NoticeSubject(record_id, has_name=bool(details.name.strip()))
    if not isinstance(details, PersonDetails):
        return NoticeSubject(record_id)
    kinds = {identifier.kind.strip().lower() for identifier in details.identifiers}
    protection = ProtectionStatus.NONE
    fled: str | None = None
    for identifier in details.identifiers:
        status = PROTECTION_KINDS.get(identifier.kind.strip().lower())
        if status is None or protection is ProtectionStatus.REFUGEE:
            continue
        protection = status
        fled = identifier.country.upper() if identifier.country else fled
    return NoticeSubject(
        record_id,
        has_name=any(name.full_name.strip() for name in details.names),
        has_date_of_birth=details.date_of_birth is not None,
        has_photo=PHOTO in kinds,
        has_fingerprints=FINGERPRINTS in kinds,
        protection=protection,
        protection_from_country=fled,
    )


def public_extract(
    reference: NoticeReference,
    content: NoticeContent,
    requesting_country: str,
    person: PersonDetails,
) -> PublicNotice | None:
    """The public extract of a notice about `person`, when the requester consented and the type
    has one (Red, Yellow): a Red one lists each offence as a charge of the requesting country."""
    if not content.public_extract_consent or content.notice_type not in PUBLIC_TYPES:
        return None
    warrants = tuple(
        PublicArrestWarrant(requesting_country, offence.description.strip())
        for offence in content.offences
        if offence.description.strip()
    )
    return public_notice_from_person(content.notice_type, reference, person, warrants)
