"""Builders for notice tests: compliant request contents, subject persons, and a notice service
with a request walked to a given stage (reusable by hits, API and web tests)."""

from __future__ import annotations

from dataclasses import dataclass, replace
from datetime import date

from pamoja.model.actors import Actor
from pamoja.model.dates import PartialDate
from pamoja.model.notices import (
    JudicialReference,
    JudicialReferenceKind,
    NoticeKind,
    NoticeType,
    Offence,
    RedPurpose,
)
from pamoja.model.records import Gender, Identifier, NameKind, PersonDetails, PersonName
from pamoja.model.sharing import OutsideScope, Scope
from pamoja.services.notices import NoticeService
from pamoja.services.platform import Platform
from pamoja.services.records import RecordService, SharingChoice
from pamoja.services.screening import ScreeningService
from pamoja.store.notice_views import Notice, NoticeContent
from tests.support.world import World

WARRANT = JudicialReference(
    JudicialReferenceKind.ARREST_WARRANT, "CR 1234/2026", date(2026, 1, 15), "High Court of Kenya"
)
MURDER = Offence("Murder", "Penal Code s. 203", maximum_penalty_months=600)
FACTS = "Shot a shopkeeper during a robbery in Nairobi on 3 January 2026."


def red_content(**changes: object) -> NoticeContent:
    """A compliant Red notice for prosecution (murder, arrest warrant), changed as given."""
    content = NoticeContent(
        NoticeType.RED,
        facts=FACTS,
        offences=(MURDER,),
        judicial_references=(WARRANT,),
        red_purpose=RedPurpose.PROSECUTION,
    )
    return replace(content, **changes)  # type: ignore[arg-type]


def yellow_content(**changes: object) -> NoticeContent:
    """A compliant Yellow notice for a missing person, changed as given."""
    content = NoticeContent(
        NoticeType.YELLOW,
        facts="Left her home in Kisumu on 4 February 2026 and has not been seen since.",
    )
    return replace(content, **changes)  # type: ignore[arg-type]


def diffusion_content(
    *countries: str, bodies: tuple[str, ...] = (), **changes: object
) -> NoticeContent:
    """A compliant wanted-person diffusion addressed to `countries` and `bodies`."""
    return red_content(
        kind=NoticeKind.DIFFUSION,
        recipient_countries=frozenset(countries),
        recipient_regional_bodies=frozenset(bodies),
        **changes,
    )


def wanted_person(
    name: str = "Juma Otieno Kariuki",
    *,
    given: str = "Juma Otieno",
    family: str = "Kariuki",
    dob: str | None = "1984-03-12",
    nationalities: tuple[str, ...] = ("KEN",),
    identifiers: tuple[Identifier, ...] = (),
) -> PersonDetails:
    return PersonDetails(
        names=(PersonName(name, NameKind.PRIMARY, given, family),),
        date_of_birth=PartialDate.parse(dob) if dob else None,
        gender=Gender.MALE,
        nationalities=nationalities,
        place_of_birth="Kisumu",
        country_of_birth="KEN",
        identifiers=identifiers,
    )


def refugee_from(country: str) -> Identifier:
    """How recognised refugee status is recorded on a person (the country they fled)."""
    return Identifier("refugee_status", "UNHCR 123-45C00678", country)


_PRIVATE: dict[str, object] = {"scope": Scope.BUREAU, "outside_scope": OutsideScope.NOTHING}


def make_scene(platform: Platform, world: World) -> NoticeScene:
    """A node as at start-up: screening loaded, then the notice service watching active ones."""
    screening = ScreeningService(platform)
    screening.load()
    notices = NoticeService(platform, screening)
    notices.load_active()
    return NoticeScene(notices, RecordService(platform), world, screening)


@dataclass(frozen=True)
class NoticeScene:
    """A notice service, the record service and the world, with shortcuts to walk a request."""

    notices: NoticeService
    records: RecordService
    world: World
    screening: ScreeningService

    def subject(
        self, details: PersonDetails | None = None, owner: str = "ke_officer", **sharing: object
    ) -> int:
        """A person record of `owner`'s bureau, shared within it only and unknown outside it
        unless told otherwise: what others screen then comes from the notice alone."""
        choice = SharingChoice(**{**_PRIVATE, **sharing})  # type: ignore[arg-type]
        return self.records.create(self.world.actors[owner], details or wanted_person(), choice).id

    def draft(
        self,
        content: NoticeContent | None = None,
        subjects: tuple[int, ...] | None = None,
        by: str = "ke_officer",
    ) -> Notice:
        actor: Actor = self.world.actors[by]
        ids = subjects if subjects is not None else (self.subject(),)
        return self.notices.draft(actor, content or red_content(), ids)

    def submitted(self, content: NoticeContent | None = None) -> Notice:
        notice = self.draft(content)
        return self.notices.submit(self.world.ke_supervisor, notice.id)

    def under_review(self, content: NoticeContent | None = None) -> Notice:
        return self.notices.start_review(self.world.reviewer, self.submitted(content).id)

    def published(self, content: NoticeContent | None = None, reasons: str = "") -> Notice:
        """Published by the reviewer; `reasons` are needed over blocking findings."""
        notice = self.under_review(content)
        return self.notices.publish(self.world.reviewer, notice.id, reasons=reasons)

    def sent(self, content: NoticeContent | None = None) -> Notice:
        notice = self.draft(content or diffusion_content("UGA"))
        return self.notices.send(self.world.ke_supervisor, notice.id)
