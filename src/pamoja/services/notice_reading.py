"""The read side of notices: one notice, a bureau's requests, the review queue, what circulates,
the facts a hit needs, and the public extracts served without login.

Every read that takes an actor goes through `policy.notice_access` (the store applies it).
"""

from __future__ import annotations

from datetime import date

from pamoja.formats.public_notice import (
    PublicNotice,
    PublicNoticePage,
    PublicNoticeQuery,
    search,
)
from pamoja.model.actors import Actor
from pamoja.model.audit import AuditAction
from pamoja.model.notices import (
    InvalidNoticeValue,
    NoticeKind,
    NoticeReference,
    NoticeStatus,
    NoticeType,
)
from pamoja.policy import notice_workflow as workflow
from pamoja.policy.notice_access import is_reviewer
from pamoja.policy.notice_workflow import NoticeAction
from pamoja.services.errors import Forbidden, InvalidInput, NotFound
from pamoja.services.platform import Platform
from pamoja.services.records import actor_entry
from pamoja.store.notice_views import Notice, NoticeHitFacts
from pamoja.store.notices import NoticeRepository
from pamoja.store.unit_of_work import UnitOfWork

REVIEW_QUEUE: frozenset[NoticeStatus] = frozenset(
    {NoticeStatus.SUBMITTED, NoticeStatus.UNDER_REVIEW, NoticeStatus.SENT}
)
"""What waits for a reviewer: submitted notices, notices under review, diffusions that are out."""


def notices_of(uow: UnitOfWork) -> NoticeRepository:
    return NoticeRepository(uow.session)


class NoticeReading:
    """Read use cases; `NoticeService` adds the workflow on top."""

    _platform: Platform

    def get(self, actor: Actor, notice_id: int, *, audited: bool = True) -> Notice:
        """A notice as the actor may see it: with findings and history for the requesting
        bureau and reviewers, the content alone for addressees of an active one. Audited as a
        read unless `audited=False` (the answer to the actor's own step, already audited)."""
        with self._platform.uow() as uow:
            notice = notices_of(uow).get_for(actor, notice_id)
            if notice is None:
                raise NotFound(f"notice {notice_id} does not exist or is not shared with you")
            if audited:
                uow.audit.append(
                    actor_entry(
                        actor,
                        AuditAction.READ,
                        record_ids=notice.subject_record_ids,
                        notice_id=notice.id,
                        reference=str(notice.reference),
                        seen=notice.access.value,
                    ),
                    at=self._platform.now(),
                )
                uow.commit()
        return notice

    def get_by_reference(self, actor: Actor, reference: NoticeReference | str) -> Notice:
        wanted = self._reference(reference)
        with self._platform.uow() as uow:
            notice_id = notices_of(uow).id_of_reference(wanted)
        if notice_id is None:
            raise NotFound(f"no notice has reference {wanted}")
        return self.get(actor, notice_id)

    def notices_of_bureau(self, actor: Actor) -> list[Notice]:
        """Every request of the actor's bureau, in every status, newest first."""
        with self._platform.uow() as uow:
            return notices_of(uow).list_for(actor, bureau_id=actor.bureau_id)

    def queue(self, actor: Actor) -> list[Notice]:
        """What waits for a reviewer, oldest first, with the pre-check findings; requests of the
        reviewer's own bureau are left out (someone else decides on them)."""
        if not is_reviewer(actor):
            raise Forbidden("the review queue is for reviewers of the secretariat")
        with self._platform.uow() as uow:
            waiting = notices_of(uow).list_for(actor, statuses=REVIEW_QUEUE)
        mine = actor.bureau_id
        return sorted((n for n in waiting if n.requesting_bureau.id != mine), key=lambda n: n.id)

    def circulating(
        self, actor: Actor, *, notice_type: NoticeType | None = None, kind: NoticeKind | None = None
    ) -> list[Notice]:
        """Active notices and diffusions the actor may read (published notices for every
        member, diffusions for their addressees), newest first."""
        with self._platform.uow() as uow:
            return notices_of(uow).list_for(
                actor, statuses=workflow.ACTIVE_STATUSES, notice_type=notice_type, kind=kind
            )

    def actions_for(self, actor: Actor, notice: Notice) -> frozenset[NoticeAction]:
        """The steps the actor may take on the notice now (some still need reasons)."""
        return workflow.allowed_actions(
            notice.kind, notice.status, actor, requesting_bureau_id=notice.requesting_bureau.id
        )

    def may_edit(self, actor: Actor, notice: Notice) -> bool:
        return workflow.may_edit(notice.kind, notice.status, actor, notice.requesting_bureau.id)

    def summary_for_hit(self, notice_id: int) -> NoticeHitFacts | None:
        """What a hit on the notice needs: type, kind, reference, requesting bureau, whether
        reviewed and still active. No personal data; None when the notice does not exist."""
        with self._platform.uow() as uow:
            return notices_of(uow).hit_facts(notice_id)

    def public_notices(
        self, query: PublicNoticeQuery, *, today: date | None = None
    ) -> PublicNoticePage:
        """A page of public extracts of published notices of the query's type whose requester
        consented. No login and no audit entry: only the consented public extract is read."""
        with self._platform.uow() as uow:
            extracts = notices_of(uow).public_extracts(query.notice_type)
        return search(extracts, query, today or self._platform.now().date())

    def public_notice(
        self, notice_type: NoticeType, reference: NoticeReference | str
    ) -> PublicNotice:
        """One public extract; NotFound unless the notice is published with consent."""
        wanted = self._reference(reference)
        with self._platform.uow() as uow:
            extracts = notices_of(uow).public_extracts(notice_type, reference=wanted)
        if not extracts:
            raise NotFound(f"there is no public {notice_type.value} notice {wanted}")
        return extracts[0]

    def _reference(self, reference: NoticeReference | str) -> NoticeReference:
        if isinstance(reference, NoticeReference):
            return reference
        try:
            return NoticeReference.parse(reference)
        except InvalidNoticeValue as error:
            raise InvalidInput.one("reference", str(error)) from None
