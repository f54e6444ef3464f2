"""Deterministic demo data: member countries, regional bodies, bureaus, accounts and records.

Pure (no database code): `generate()` returns a `DemoDataset` for the seeding service to store,
`stream()` yields the same records and links one at a time for large imports. Demo accounts
are in `DEMO_ACCOUNTS`, all with `DEMO_PASSWORD`; fixed "story" records for demos and tests are
described in `pamoja.demo.story`.
"""

from __future__ import annotations

from pamoja.demo.bureaus import DEMO_ACCOUNTS, DEMO_PASSWORD, SECRETARIAT_CODE, describe_accounts
from pamoja.demo.dataset import DemoDataset, generate, stream
from pamoja.demo.story import (
    STORY_AFRIPOL_ONLY,
    STORY_BUREAU_ONLY,
    STORY_COUNTRY_ONLY,
    STORY_KEYS,
    STORY_LISTED_COUNTRIES,
    STORY_SCAM_CENTRE,
    STORY_STOLEN_PASSPORT,
    STORY_STOLEN_PASSPORT_NUMBER,
    STORY_STOLEN_VEHICLE,
    STORY_STOLEN_VEHICLE_PLATE,
    STORY_STOLEN_VEHICLE_VIN,
    STORY_YUSUF,
    STORY_YUSUF_PASSPORT,
    STORY_YUSUF_PASSPORT_NUMBER,
    STORY_YUSUF_WALLET,
)
from pamoja.demo.values import (
    DemoBureau,
    DemoCountry,
    DemoLink,
    DemoRecord,
    DemoRegionalBody,
    DemoUser,
)

__all__ = [
    "DEMO_ACCOUNTS",
    "DEMO_PASSWORD",
    "SECRETARIAT_CODE",
    "STORY_AFRIPOL_ONLY",
    "STORY_BUREAU_ONLY",
    "STORY_COUNTRY_ONLY",
    "STORY_KEYS",
    "STORY_LISTED_COUNTRIES",
    "STORY_SCAM_CENTRE",
    "STORY_STOLEN_PASSPORT",
    "STORY_STOLEN_PASSPORT_NUMBER",
    "STORY_STOLEN_VEHICLE",
    "STORY_STOLEN_VEHICLE_PLATE",
    "STORY_STOLEN_VEHICLE_VIN",
    "STORY_YUSUF",
    "STORY_YUSUF_PASSPORT",
    "STORY_YUSUF_PASSPORT_NUMBER",
    "STORY_YUSUF_WALLET",
    "DemoBureau",
    "DemoCountry",
    "DemoDataset",
    "DemoLink",
    "DemoRecord",
    "DemoRegionalBody",
    "DemoUser",
    "describe_accounts",
    "generate",
    "stream",
]
