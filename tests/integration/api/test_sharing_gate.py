"""THE SHARING TEST: a reader outside a record's scope never receives any of its fields.

It covers the API and the web pages (read with a session cookie, as a browser does).

Kenya's NCB files records of every kind shared only with its own bureau: half allow hit/no-hit
outside, half nothing. Every field holds a distinctive marker. Then readers outside the scope
(France's NCB, a Kenyan border post, the secretariat's analyst and reviewer) call every read
endpoint of the API, and no marker may appear anywhere in any response body.
`test_every_read_endpoint_is_covered` fails when a new GET endpoint is not listed here.
"""

from __future__ import annotations

import re
import shutil
import uuid
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from typing import Any
from urllib.parse import quote_plus

import pytest
from fastapi import FastAPI
from fastapi.testclient import TestClient
from sqlalchemy import create_engine, text
from sqlalchemy.engine import make_url

from pamoja.server import create_app
from pamoja.services.auth import AuthService, CredentialKind
from pamoja.services.platform import bootstrap
from pamoja.web.session import SESSION_COOKIE
from tests.conftest import POSTGRES_URL, make_settings
from tests.support.api import ClientFactory, routes_of
from tests.support.world import build_world

OUTSIDERS = ("fr_officer", "ke_border", "analyst", "reviewer")
SECRET_SHARINGS = {
    "HIT": {"scope": "bureau", "outside_scope": "hit_only", "classification": "restricted"},
    "NIL": {"scope": "bureau", "outside_scope": "nothing", "classification": "restricted"},
}


def _secret_bodies(tag: str) -> list[dict[str, Any]]:
    """One record of each kind whose every free-text field carries a marker containing `tag`."""
    sharing = SECRET_SHARINGS[tag]
    m = f"ZQX{tag}"
    return [
        {
            "kind": "person",
            "sharing": sharing,
            "details": {
                "names": [
                    {
                        "full_name": f"{m}PERSONNAME",
                        "given_name": f"{m}GIVEN",
                        "family_name": f"{m}FAMILY",
                    },
                    {"full_name": f"{m}ALIASNAME", "kind": "alias"},
                ],
                "date_of_birth": "1933-07-19" if tag == "HIT" else "1931-02-27",
                "gender": "female",
                "nationalities": ["VU"] if tag == "HIT" else ["TV"],
                "place_of_birth": f"{m}PLACEOFBIRTH",
                "country_of_birth": "Kiribati" if tag == "HIT" else "Nauru",
                "identifiers": [{"kind": f"{m}IDKIND", "value": f"{m}IDVALUE"}],
            },
        },
        {
            "kind": "document",
            "sharing": sharing,
            "details": {
                "number": f"{m}DOCNUMBER",
                "kind": "passport",
                "issuing_country": "KEN",
                "status": "stolen",
                "issued_on": "1999-09-09",
            },
        },
        {
            "kind": "vehicle",
            "sharing": sharing,
            "details": {
                "vin": f"{m}VIN",
                "plate": f"{m}PLATE",
                "make": f"{m}MAKE",
                "model": f"{m}MODEL",
                "colour": f"{m}COLOUR",
                "status": "stolen",
            },
        },
        {
            "kind": "asset",
            "sharing": sharing,
            "details": {
                "kind": "crypto_wallet",
                "description": f"{m}ASSETDESCRIPTION",
                "identifiers": [{"kind": "wallet", "value": f"{m}WALLET"}],
                "estimated_value": "987654.32",
                "currency": "XAU",
            },
        },
        {
            "kind": "organisation",
            "sharing": sharing,
            "details": {
                "name": f"{m}ORGNAME",
                "kind": "scam_centre",
                "aliases": [f"{m}ORGALIAS"],
                "registration_number": f"{m}REGNUMBER",
            },
        },
    ]


MARKERS = ("ZQX", "1933-07", "1931-02", "VUT", "TUV", "KIR", "NRU", "987654", "XAU", "1999-09")
"""Strings only the secret records contain (marker prefix, dates, countries, amount, currency)."""


@dataclass
class Filed:
    secret_ids: list[int]
    secret_references: list[str]
    anchor_id: int


@dataclass
class Gate:
    """One database per engine for the whole module: the reads below change no records."""

    app: FastAPI
    client: ClientFactory
    page_client: ClientFactory
    filed: Filed


@pytest.fixture(
    scope="module", params=["sqlite", pytest.param("postgres", marks=pytest.mark.postgres)]
)
def gate_url(
    request: pytest.FixtureRequest, tmp_path_factory: pytest.TempPathFactory
) -> Iterator[str]:
    if request.param == "sqlite":
        path = tmp_path_factory.mktemp("gate") / "gate.sqlite3"
        shutil.copy(request.getfixturevalue("sqlite_template"), path)
        yield f"sqlite:///{path}"
        return
    template = request.getfixturevalue("postgres_template")
    assert POSTGRES_URL is not None
    name = f"pamoja_gate_{uuid.uuid4().hex[:12]}"
    admin = create_engine(POSTGRES_URL, isolation_level="AUTOCOMMIT")
    with admin.connect() as connection:
        connection.execute(text(f'CREATE DATABASE "{name}" TEMPLATE "{template}"'))
    try:
        yield make_url(POSTGRES_URL).set(database=name).render_as_string(hide_password=False)
    finally:
        with admin.connect() as connection:
            connection.execute(text(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)'))
        admin.dispose()


@pytest.fixture(scope="module")
def gate(gate_url: str) -> Iterator[Gate]:
    platform = bootstrap(make_settings(gate_url))
    world = build_world(platform)
    app = create_app(platform)
    clients: dict[tuple[str, CredentialKind], TestClient] = {}

    def opened(name: str, kind: CredentialKind) -> TestClient:
        if (name, kind) not in clients:
            token = AuthService(platform).issue(world.actors[name], kind).token
            if kind is CredentialKind.SESSION:
                page = TestClient(app, follow_redirects=False)
                page.cookies.set(SESSION_COOKIE, token)
                clients[name, kind] = page
            else:
                headers = {"Authorization": f"Bearer {token}"}
                clients[name, kind] = TestClient(app, headers=headers)
        return clients[name, kind]

    def client(name: str) -> TestClient:
        return opened(name, CredentialKind.ACCESS)

    def page_client(name: str) -> TestClient:
        return opened(name, CredentialKind.SESSION)

    try:
        yield Gate(app, client, page_client, _file_secret_records(client("ke_officer")))
    finally:
        for open_client in clients.values():
            open_client.close()
        platform.close()


def _file_secret_records(owner: TestClient) -> Filed:
    ids, references = [], []
    for tag in SECRET_SHARINGS:
        for body in _secret_bodies(tag):
            response = owner.post("/api/v1/records", json=body)
            assert response.status_code == 201, response.text
            ids.append(response.json()["id"])
            references.append(response.json()["reference"])
    anchor = owner.post(
        "/api/v1/records",
        json={
            "kind": "person",
            "details": {"names": [{"full_name": "Public Anchor"}]},
            "sharing": {"scope": "all_members", "classification": "public"},
        },
    )
    assert anchor.status_code == 201
    anchor_id = anchor.json()["id"]
    for secret_id in ids:
        linked = owner.post(
            f"/api/v1/records/{anchor_id}/links",
            json={"target_id": secret_id, "kind": "associate_of"},
        )
        assert linked.status_code == 201, linked.text
    seen_by_owner = owner.get("/api/v1/records", params={"per_page": 200}).text
    assert all(marker in seen_by_owner for marker in MARKERS)  # the markers are really there
    return Filed(ids, references, anchor_id)


Read = Callable[[TestClient, Filed], list[tuple[int, str]]]
"""Calls one read endpoint (maybe several times) and returns the statuses and bodies."""


def _bodies(*responses: Any) -> list[tuple[int, str]]:
    """Statuses and bodies, less the echo of the reader's own query (in pagination links)."""
    texts = []
    for response in responses:
        body = response.text
        for value in response.request.url.params.values():
            body = body.replace(quote_plus(value), "").replace(value, "")
        texts.append((response.status_code, body))
    return texts


def _search_terms() -> list[str]:
    return [
        f"ZQX{tag}{field}"
        for tag in SECRET_SHARINGS
        for field in (
            "PERSONNAME",
            "ALIASNAME",
            "DOCNUMBER",
            "PLATE",
            "ASSETDESCRIPTION",
            "ORGNAME",
        )
    ]


def _keys() -> list[str]:
    return [
        key
        for tag in SECRET_SHARINGS
        for key in (
            f"doc:ZQX{tag}DOCNUMBER",
            f"vin:ZQX{tag}VIN",
            f"plate:ZQX{tag}PLATE",
            f"wallet:ZQX{tag}WALLET",
            f"reg:ZQX{tag}REGNUMBER",
        )
    ]


def _audit_bodies(*responses: Any) -> list[tuple[int, str]]:
    """The trail records what searchers typed (other readers' searches in this module): those
    are not record fields, so they are removed before looking for markers."""
    typed = sorted([*_search_terms(), *_keys()], key=len, reverse=True)
    texts = []
    for status, body in _bodies(*responses):
        for term in typed:
            body = body.replace(term, "")
        texts.append((status, body))
    return texts


READS: dict[str, tuple[str, Read]] = {
    "list": (
        "/api/v1/records",
        lambda c, f: _bodies(
            c.get("/api/v1/records", params={"per_page": 200}),
            *(c.get("/api/v1/records", params={"kind": k}) for k in ("person", "document")),
            c.get("/api/v1/records", params={"status": "stolen", "owner_country": "KE"}),
        ),
    ),
    "search by text": (
        "/api/v1/records",
        lambda c, f: _bodies(
            *(
                c.get("/api/v1/records", params={"q": q, "purpose": "criminal_investigation"})
                for q in _search_terms()
            )
        ),
    ),
    "search by key": (
        "/api/v1/records",
        lambda c, f: _bodies(
            *(
                c.get("/api/v1/records", params={"key": k, "purpose": "border_check"})
                for k in _keys()
            )
        ),
    ),
    "detail": (
        "/api/v1/records/{record_id}",
        lambda c, f: _bodies(*(c.get(f"/api/v1/records/{i}") for i in f.secret_ids)),
    ),
    "by reference": (
        "/api/v1/records/by-reference/{reference}",
        lambda c, f: _bodies(
            *(c.get(f"/api/v1/records/by-reference/{r}") for r in f.secret_references)
        ),
    ),
    "links of the secret records": (
        "/api/v1/records/{record_id}/links",
        lambda c, f: _bodies(*(c.get(f"/api/v1/records/{i}/links") for i in f.secret_ids)),
    ),
    "a public record linked to the secret ones": (
        "/api/v1/records/{record_id}",
        lambda c, f: _bodies(
            c.get(f"/api/v1/records/{f.anchor_id}"),
            c.get(f"/api/v1/records/{f.anchor_id}/links"),
        ),
    ),
    "export": (
        "/api/v1/records/export",
        lambda c, f: _bodies(c.get("/api/v1/records/export", params={"purpose": "analysis"})),
    ),
    "audit events": (
        "/api/v1/audit/events",
        lambda c, f: _audit_bodies(
            c.get("/api/v1/audit/events", params={"limit": 500}),
            *(c.get("/api/v1/audit/events", params={"record_id": i}) for i in f.secret_ids),
        ),
    ),
    "me and directory": (
        "/api/v1/me",
        lambda c, f: _bodies(
            c.get("/api/v1/me"),
            c.get("/api/v1/directory/countries"),
            c.get("/api/v1/directory/bureaus"),
            c.get("/api/v1/directory/regional-bodies"),
        ),
    ),
    "notices: lists": (
        "/api/v1/notices",
        lambda c, f: _bodies(
            c.get("/api/v1/notices"), c.get("/api/v1/notices", params={"scope": "circulating"})
        ),
    ),
    "notices: review queue": (
        "/api/v1/notices/queue",
        lambda c, f: _bodies(c.get("/api/v1/notices/queue"), c.get("/api/v1/notices")),
    ),
    "notices: detail (none filed here; notices show subject record ids, no record fields)": (
        "/api/v1/notices/{notice_id}",
        lambda c, f: _bodies(
            c.get("/api/v1/notices"), *(c.get(f"/api/v1/notices/{i}") for i in f.secret_ids)
        ),
    ),
    "people's requests: queue": (
        "/api/v1/people-requests",
        lambda c, f: _bodies(c.get("/api/v1/people-requests", params={"include_decided": "true"})),
    ),
    "people's requests: detail (none filed here; links show record references only)": (
        "/api/v1/people-requests/{request_id}",
        lambda c, f: _bodies(
            c.get("/api/v1/people-requests"),
            *(c.get(f"/api/v1/people-requests/{i}") for i in f.secret_ids),
        ),
    ),
    "hits: inbox": ("/api/v1/hits", lambda c, f: _bodies(c.get("/api/v1/hits"))),
    "hits: counts": ("/api/v1/hits/counts", lambda c, f: _bodies(c.get("/api/v1/hits/counts"))),
    "hits: detail (none made here; a hit shows the searcher's query, no record fields)": (
        "/api/v1/hits/{hit_id}",
        lambda c, f: _bodies(
            c.get("/api/v1/hits"), *(c.get(f"/api/v1/hits/{i}") for i in f.secret_ids)
        ),
    ),
}

PAGE_READS: dict[str, tuple[str, Read]] = {
    "page: home": ("/", lambda c, f: _bodies(c.get("/"))),
    "page: record list": (
        "/records",
        lambda c, f: _bodies(
            c.get("/records"),
            *(c.get("/records", params={"kind": k}) for k in ("person", "document", "vehicle")),
        ),
    ),
    "page: record search": (
        "/records",
        lambda c, f: _bodies(
            *(
                c.get("/records", params={"text": q, "purpose": "criminal_investigation"})
                for q in _search_terms()
            )
        ),
    ),
    "page: record detail": (
        "/records/{record_id}",
        lambda c, f: _bodies(*(c.get(f"/records/{i}") for i in [*f.secret_ids, f.anchor_id])),
    ),
}
"""The web pages that show records, read with a session cookie."""


def _screen_on_the_page(reader: TestClient) -> list[tuple[int, str]]:
    """Screen each secret person's name and date of birth through the form, as an officer does."""
    form = reader.get("/screening").text
    token = re.search(r'name="csrf_token" value="([^"]+)"', form)
    assert token is not None, "the screening form carries a CSRF token"
    answers = []
    for tag, born in (("HIT", "1933-07-19"), ("NIL", "1931-02-27")):
        response = reader.post(
            "/screening",
            data={
                "csrf_token": token.group(1),
                "name": f"ZQX{tag}PERSONNAME",
                "date_of_birth": born,
                "purpose": "border_check",
            },
        )
        body = response.text.replace(f"ZQX{tag}PERSONNAME", "").replace(born, "")
        answers.append((response.status_code, body))
    return answers


PAGE_READS["page: screening"] = ("/screening", lambda c, f: _screen_on_the_page(c))


def _find_on_a_request_page(reader: TestClient) -> list[tuple[int, str]]:
    """A reviewer's search for the records a people's request concerns, by the secret persons'
    names, as the request's page makes it (a request is sent first; its requester's name is not
    a record's)."""
    sent = reader.post(
        "/api/v1/people-requests",
        json={
            "kind": "access",
            "full_name": "Requester Person",
            "contact": "requester@example.org",
            "request_text": "What do you hold on me?",
        },
    )
    assert sent.status_code == 201
    queue = reader.get("/people-requests")
    ids = re.findall(r'href="/people-requests/(\d+)"', queue.text)
    return _bodies(
        queue,
        *(
            reader.get(f"/people-requests/{request_id}", params={"find": name})
            for request_id in ids[:1] or ["1"]
            for name in ("ZQXHITPERSONNAME", "ZQXNILPERSONNAME", "")
        ),
    )


PAGE_READS["page: people's requests, records found for one"] = (
    "/people-requests/{request_id}",
    lambda c, f: _find_on_a_request_page(c),
)
PAGE_READS["page: people's requests queue"] = (
    "/people-requests",
    lambda c, f: _bodies(c.get("/people-requests"), c.get("/people-requests?decided=1")),
)
PAGE_READS["page: notices, review queue and hits inbox"] = (
    "/notice-requests",
    lambda c, f: _bodies(c.get("/notice-requests"), c.get("/review-queue"), c.get("/hits")),
)

PAGES_WITHOUT_RECORD_DATA = {
    "/login",
    "/records/new",
    "/notice-requests/new",
    "/review-queue",
    "/hits",
    "/notice-requests/{notice_id}",
    "/hits/{hit_id}",
    "/public/{kind}",
    "/public/{kind}/{notice_id}",
    "/public/requests",
}
"""Pages that show no record of the secret ones: forms, notices and hits (none concern the
secret records; who may open a notice or a hit is tested in tests/integration/web), the
public notice pages (consented extracts only: tests/integration/web/test_public_notice_pages)
and the public form of people's requests."""

REFUSED_TO_ALL = {"links of the secret records"}
"""Reads no outsider may make (403 or 404 for each): checked for leaks in the refusal itself."""

NO_RECORD_DATA = {
    "/api/v1/me",
    "/api/v1/me/api-tokens",
    "/api/v1/directory/countries",
    "/api/v1/directory/bureaus",
    "/api/v1/directory/regional-bodies",
    "/healthz",
}
"""Read endpoints that serve no record data at all (the directory is covered above anyway)."""


@pytest.mark.parametrize("read", [*READS, *PAGE_READS], ids=[*READS, *PAGE_READS])
def test_no_field_of_a_record_reaches_a_reader_outside_its_scope(read: str, gate: Gate) -> None:
    is_page = read in PAGE_READS
    _, call = PAGE_READS[read] if is_page else READS[read]
    answered = 0
    for outsider in OUTSIDERS:
        reader = gate.page_client(outsider) if is_page else gate.client(outsider)
        for status, body in call(reader, gate.filed):
            leaked = [m for m in MARKERS if m in body]
            assert not leaked, f"{outsider} received {leaked} from {read}: {body[:400]}"
            answered += status == 200
    assert answered or read in REFUSED_TO_ALL, f"no outsider could use {read} at all"


def test_outsiders_do_learn_whom_to_contact_about_hit_only_records(gate: Gate) -> None:
    found = gate.client("fr_officer").get(
        "/api/v1/records", params={"q": "ZQXHITPERSONNAME", "purpose": "criminal_investigation"}
    )
    [stub] = found.json()["items"]
    assert set(stub) == {"access", "id", "reference", "kind", "owner", "contact"}
    assert stub["access"] == "hit_only"
    assert stub["owner"] == {"code": "KEN-NCB", "name": "NCB Nairobi", "country": "KEN"}
    assert stub["reference"] in stub["contact"]


def test_records_whose_owner_allows_nothing_do_not_exist_for_outsiders(gate: Gate) -> None:
    reader = gate.client("fr_officer")
    silent_id = gate.filed.secret_ids[len(gate.filed.secret_ids) // 2]
    assert reader.get(f"/api/v1/records/{silent_id}").status_code == 404
    found = reader.get(
        "/api/v1/records", params={"q": "ZQXNILPERSONNAME", "purpose": "criminal_investigation"}
    )
    assert found.json()["total"] == 0


def _read_paths(app: FastAPI) -> set[str]:
    return {
        path.replace(":path", "")
        for method, path in routes_of(app)
        if method == "GET" and path.startswith("/api")
    }


def test_every_page_that_reads_records_is_covered(gate: Gate) -> None:
    pages = {
        path.replace(":int", "")
        for method, path in routes_of(gate.app)
        if method == "GET" and not path.startswith(("/api", "/notices/v1", "/healthz", "/static"))
    }
    covered = {path for path, _ in PAGE_READS.values()} | PAGES_WITHOUT_RECORD_DATA
    assert "/records/{record_id}" in pages
    assert pages - covered == set()


def test_every_read_endpoint_is_covered(gate: Gate) -> None:
    covered = {path for path, _ in READS.values()} | NO_RECORD_DATA
    read_paths = _read_paths(gate.app)
    assert "/api/v1/records/{record_id}" in read_paths  # the discovery sees the API's routes
    assert read_paths - covered == set()
