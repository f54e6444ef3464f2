"""Checks on what a bureau writes into a notice request before it is stored.

These are the checks of *input* (records that exist and may be used, known recipients, sizes);
whether the request complies with the organisation's rules is the pre-check's business
(`policy.compliance`), which never stops a draft from being saved.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import replace

from pamoja.model.actors import Actor
from pamoja.model.countries import UnknownCountry, to_alpha3
from pamoja.model.notices import NoticeKind, NoticeSubject
from pamoja.model.record_views import FullRecord
from pamoja.model.records import RecordKind
from pamoja.services.errors import FieldError, InvalidInput
from pamoja.services.notice_subjects import subject_facts
from pamoja.store.notice_views import NoticeContent
from pamoja.store.unit_of_work import UnitOfWork

MAX_FACTS = 20_000
MAX_TEXT = 2_000
MAX_SUBJECTS = 20
SUBJECT_KINDS = frozenset({RecordKind.PERSON, RecordKind.ORGANISATION})
"""Notices are about persons; UN special notices may also name entities."""


def checked_content(
    uow: UnitOfWork, actor: Actor, content: NoticeContent, subject_record_ids: Sequence[int]
) -> tuple[NoticeContent, tuple[NoticeSubject, ...]]:
    """The content with recipients normalised to codes, and the subjects reduced to their facts;
    InvalidInput listing every problem otherwise."""
    errors: list[FieldError] = []
    content, recipient_errors = _recipients(uow, content)
    errors += recipient_errors
    errors += _texts(content)
    subjects: list[NoticeSubject] = []
    if len(subject_record_ids) > MAX_SUBJECTS:
        errors.append(FieldError("subjects", f"at most {MAX_SUBJECTS} subjects per request"))
    if len(set(subject_record_ids)) != len(subject_record_ids):
        errors.append(FieldError("subjects", "a record is named twice as subject"))
    for index, record_id in enumerate(subject_record_ids):
        view = uow.records.get_for(actor, record_id)
        where = f"subjects[{index}]"
        if not isinstance(view, FullRecord):
            errors.append(
                FieldError(
                    where, f"record {record_id} does not exist or you may not see it in full"
                )
            )
        elif view.kind not in SUBJECT_KINDS:
            errors.append(FieldError(where, f"record {record_id} is a {view.kind.value}"))
        else:
            subjects.append(subject_facts(record_id, view.details))
    for index, asset in enumerate(content.assets):
        view = uow.records.get_for(actor, asset.asset_record_id)
        where = f"assets[{index}].asset_record_id"
        if not isinstance(view, FullRecord):
            errors.append(
                FieldError(
                    where,
                    f"record {asset.asset_record_id} does not exist or you may not see it in full",
                )
            )
        elif view.kind is not RecordKind.ASSET:
            errors.append(
                FieldError(where, f"record {asset.asset_record_id} is a {view.kind.value}")
            )
    if errors:
        raise InvalidInput(errors)
    return content, tuple(subjects)


def _recipients(uow: UnitOfWork, content: NoticeContent) -> tuple[NoticeContent, list[FieldError]]:
    errors: list[FieldError] = []
    has_recipients = content.recipient_countries or content.recipient_regional_bodies
    if content.kind is NoticeKind.NOTICE:
        if has_recipients:
            errors.append(
                FieldError("recipients", "a notice goes to all members; only diffusions name them")
            )
        return content, errors
    members = {alpha3 for alpha3, _, _ in uow.directory.countries()}
    countries: set[str] = set()
    for given in sorted(content.recipient_countries):
        try:
            code = to_alpha3(given)
        except UnknownCountry:
            errors.append(FieldError("recipient_countries", f"{given!r} is not a country"))
            continue
        if code not in members:
            errors.append(FieldError("recipient_countries", f"{code} is not a member country"))
        countries.add(code)
    bodies = {code for code, _, _ in uow.directory.regional_bodies()}
    for body in sorted(content.recipient_regional_bodies - bodies):
        errors.append(FieldError("recipient_regional_bodies", f"{body} is not a regional body"))
    return replace(content, recipient_countries=frozenset(countries)), errors


def _texts(content: NoticeContent) -> list[FieldError]:
    errors: list[FieldError] = []
    if len(content.facts) > MAX_FACTS:
        errors.append(FieldError("facts", f"longer than {MAX_FACTS} characters"))
    texts: list[tuple[str, str]] = []
    for index, offence in enumerate(content.offences):
        texts += [
            (f"offences[{index}].description", offence.description),
            (f"offences[{index}].legal_provision", offence.legal_provision),
        ]
    for index, reference in enumerate(content.judicial_references):
        texts += [
            (f"judicial_references[{index}].reference", reference.reference),
            (f"judicial_references[{index}].issuing_authority", reference.issuing_authority),
        ]
    for index, asset in enumerate(content.assets):
        texts.append((f"assets[{index}].offence_link", asset.offence_link))
    for location, text in texts:
        if len(text) > MAX_TEXT:
            errors.append(FieldError(location, f"longer than {MAX_TEXT} characters"))
    return errors
