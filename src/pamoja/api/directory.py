"""The membership: countries, regional bodies and bureaus (for any authenticated user)."""

from __future__ import annotations

from fastapi import APIRouter, Depends

from pamoja.api.deps import DirectoryDep, get_caller
from pamoja.api.schemas.accounts import BureauOut
from pamoja.api.schemas.directory import CountryOut, RegionalBodyOut
from pamoja.api.schemas.fields import CountryCode

router = APIRouter(prefix="/directory", tags=["directory"], dependencies=[Depends(get_caller)])


@router.get("/countries", response_model=list[CountryOut])
def list_countries(directory: DirectoryDep) -> list[CountryOut]:
    """Member countries (ISO 3166-1 alpha-3) and their regions."""
    return [CountryOut(code=c, name=n, region=r) for c, n, r in directory.countries()]


@router.get("/regional-bodies", response_model=list[RegionalBodyOut])
def list_regional_bodies(directory: DirectoryDep) -> list[RegionalBodyOut]:
    """Regional bodies and their member countries."""
    return [
        RegionalBodyOut(code=c, name=n, members=list(m)) for c, n, m in directory.regional_bodies()
    ]


@router.get("/bureaus", response_model=list[BureauOut])
def list_bureaus(directory: DirectoryDep, country: CountryCode | None = None) -> list[BureauOut]:
    """Bureaus, optionally of one country (alpha-2, alpha-3 or name)."""
    return [
        BureauOut(id=b.id, code=b.code, name=b.name, kind=b.kind, country=b.country, city=b.city)
        for b in directory.bureaus(country)
    ]
