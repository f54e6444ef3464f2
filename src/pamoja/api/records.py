"""Records: list and search, read, create, change, delete, link and export — all through the gate.

Every read returns what the sharing gate hands out: a whole record (`access: "full"`) or a
hit-only stub (`access: "hit_only"`: reference, kind and whom to contact, no content).
"""

from __future__ import annotations

from collections.abc import Iterator
from itertools import chain
from typing import Annotated, Literal

from fastapi import APIRouter, Depends, Path, Query, Request, Response, status
from fastapi.responses import StreamingResponse

from pamoja.api.adapters import full_out, page_out, to_details, to_sharing, view_out
from pamoja.api.deps import CurrentActor, RecordsDep, get_caller
from pamoja.api.schemas.fields import CountryCode
from pamoja.api.schemas.records_in import LinkIn, RecordIn
from pamoja.api.schemas.records_out import LinkOut, RecordPage, RecordViewOut
from pamoja.model.audit import Purpose
from pamoja.model.ids import MAX_ID
from pamoja.model.record_views import HitStub, RecordFilter
from pamoja.model.records import RecordKind
from pamoja.services.errors import Forbidden, InvalidInput
from pamoja.services.paging import MAX_PAGE, MAX_PER_PAGE

router = APIRouter(prefix="/records", tags=["records"], dependencies=[Depends(get_caller)])

RecordId = Annotated[int, Path(ge=1, le=MAX_ID, description="The record's id.")]
PurposeQuery = Annotated[
    Purpose | None,
    Query(description="Why you read or search; required when a search may touch persons."),
]


class RecordFilterQuery:
    """The filters lists, searches and exports share."""

    def __init__(
        self,
        kind: RecordKind | None = None,
        q: Annotated[
            str | None,
            Query(max_length=200, description="Words of a name, number or description."),
        ] = None,
        owner_country: Annotated[
            CountryCode | None, Query(description="Owner's country (alpha-2, alpha-3 or name).")
        ] = None,
        status: Annotated[
            str | None, Query(max_length=40, description="e.g. stolen, lost, wanted")
        ] = None,
        key: Annotated[
            str | None,
            Query(max_length=200, description="An exact lookup key such as doc:AK1234567."),
        ] = None,
    ) -> None:
        self.filter = RecordFilter(
            kind=kind,
            text=q or None,
            owner_country=owner_country,
            status=status,
            key=key,
        )


FilterDep = Annotated[RecordFilterQuery, Depends()]


@router.get("", response_model=RecordPage)
def list_records(
    request: Request,
    actor: CurrentActor,
    records: RecordsDep,
    filters: FilterDep,
    purpose: PurposeQuery = None,
    page: Annotated[int, Query(ge=1, le=MAX_PAGE)] = 1,
    per_page: Annotated[int, Query(ge=1, le=MAX_PER_PAGE)] = 50,
) -> RecordPage:
    """Without `q` or `key`: the records you may read in full. With them: a search, which also
    shows hit-only stubs of matching records whose owners allow hit/no-hit."""
    found = records.find(actor, filters.filter, purpose=purpose, page=page, per_page=per_page)
    return page_out(found, request.url)


@router.get("/export")
def export_records(
    actor: CurrentActor,
    records: RecordsDep,
    filters: FilterDep,
    purpose: Annotated[Purpose, Query(description="Why the data leaves the platform.")],
    format: Literal["jsonl"] = "jsonl",
) -> StreamingResponse:
    """JSON Lines, one whole record per line: only records you may read in full. For
    supervisors, analysts and administrators; the export is audited before the first line."""
    exported = records.export(actor, filters.filter, purpose=purpose)
    first = next(exported, None)  # runs the permission check and the audit entry now
    lines = chain([first] if first is not None else [], exported)

    def encoded() -> Iterator[str]:
        for record in lines:
            yield full_out(record).model_dump_json() + "\n"

    return StreamingResponse(
        encoded(),
        media_type="application/x-ndjson",
        headers={"Content-Disposition": 'attachment; filename="pamoja-records.jsonl"'},
    )


@router.get("/by-reference/{reference:path}", response_model=RecordViewOut)
def read_record_by_reference(
    reference: str, actor: CurrentActor, records: RecordsDep
) -> RecordViewOut:
    """A record by its reference (such as KEN/2026/000123)."""
    return view_out(records.get_by_reference(actor, reference))


@router.get("/{record_id}", response_model=RecordViewOut)
def read_record(
    record_id: RecordId, actor: CurrentActor, records: RecordsDep, purpose: PurposeQuery = None
) -> RecordViewOut:
    """One record: in full, or as a hit-only stub if its owner allows only that."""
    return view_out(records.get(actor, record_id, purpose=purpose.value if purpose else None))


@router.get("/{record_id}/links", response_model=list[LinkOut])
def list_record_links(
    record_id: RecordId, actor: CurrentActor, records: RecordsDep
) -> list[LinkOut]:
    """The record's links; a linked record you may not read shows only its reference and kind."""
    view = records.get(actor, record_id)
    if isinstance(view, HitStub):
        raise Forbidden(f"the links of this record are not shared with you: {view.contact}")
    return full_out(view).links


@router.post("", response_model=RecordViewOut, status_code=status.HTTP_201_CREATED)
def create_record(
    body: RecordIn, actor: CurrentActor, records: RecordsDep, response: Response
) -> RecordViewOut:
    """File a record owned by your bureau, shared as `sharing` says."""
    created = records.create(
        actor, to_details(body), to_sharing(body.sharing), reference=body.reference
    )
    response.headers["Location"] = f"/api/v1/records/{created.id}"
    return full_out(created)


@router.put("/{record_id}", response_model=RecordViewOut)
def replace_record(
    record_id: RecordId, body: RecordIn, actor: CurrentActor, records: RecordsDep
) -> RecordViewOut:
    """Replace a record's details and sharing (owner bureau's officers and supervisors)."""
    if body.reference is not None:
        raise InvalidInput.one("reference", "a record's reference cannot change: leave it out")
    return full_out(records.update(actor, record_id, to_details(body), to_sharing(body.sharing)))


@router.delete("/{record_id}", status_code=status.HTTP_204_NO_CONTENT)
def delete_record(
    record_id: RecordId,
    actor: CurrentActor,
    records: RecordsDep,
    reason: Annotated[
        str, Query(min_length=3, max_length=500, description="Kept in the audit trail.")
    ],
) -> None:
    """Delete a record of your bureau, saying why."""
    records.delete(actor, record_id, reason=reason)


@router.post(
    "/{record_id}/links", response_model=RecordViewOut, status_code=status.HTTP_201_CREATED
)
def link_record(
    record_id: RecordId, body: LinkIn, actor: CurrentActor, records: RecordsDep
) -> RecordViewOut:
    """Link a record of your bureau to another record you can see (e.g. holder_of a document)."""
    records.link(actor, record_id, body.target_id, body.kind)
    return view_out(records.get(actor, record_id))
