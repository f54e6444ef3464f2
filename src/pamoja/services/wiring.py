"""The services of one running node, built once: the screening index is loaded from the store and
the active notices are put into it before the node answers its first request; from then on the
change feed brings in what other processes write."""

from __future__ import annotations

from dataclasses import dataclass

from pamoja.services.change_feed import ChangeFeed
from pamoja.services.hits import HitService
from pamoja.services.notices import NoticeService
from pamoja.services.people_requests import PeopleRequestService
from pamoja.services.platform import Platform
from pamoja.services.records import RecordService
from pamoja.services.screening import ScreeningService
from pamoja.services.webhooks import WebhookService


@dataclass(frozen=True)
class Services:
    """Services that hold state (the screening index) or depend on each other."""

    records: RecordService
    screening: ScreeningService
    notices: NoticeService
    hits: HitService
    people_requests: PeopleRequestService
    webhooks: WebhookService
    changes: ChangeFeed


def build_services(platform: Platform) -> Services:
    records = RecordService(platform)
    webhooks = WebhookService(platform)
    webhooks.seal_stored_secrets()
    screening = ScreeningService(platform)
    notices = NoticeService(platform, screening)
    changes = ChangeFeed(platform, notices)
    changes.start()  # before loading: what is written meanwhile is followed after
    screening.load()
    notices.load_active()
    return Services(
        records=records,
        screening=screening,
        notices=notices,
        hits=HitService(platform, screening, notices),
        people_requests=PeopleRequestService(platform, records, notices),
        webhooks=webhooks,
        changes=changes,
    )
