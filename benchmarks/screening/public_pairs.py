"""Labelled person-name pairs for pair-level precision/recall/F1, built from public variant data.

Where the data comes from
-------------------------
- Name variants: the PyPI package `rigour` 1.8.2 by OpenSanctions (MIT licence), file
  `rigour/data/names/persons.txt` inside the installed package (156,187 lines, 8.5 MB). Each line
  is one Wikidata item for a name part (a given name or a family name) with the spellings of that
  name in many languages and scripts, e.g. `achmad, ahmad, ahmed, ..., ахмед, أحمد => Q406294`.
  OpenSanctions took the names from Wikidata (CC0). 1.8.2 is the last release that ships the file
  as text; later releases compile it into their Rust core.
- Which groups are given names, where, how common, for which gender: the PyPI package
  `gender-guesser` 0.4.0 (code GPLv3), file `gender_guesser/data/nam_dict.txt`, Jörg Michael's
  list of about 45,000 first names with a frequency per country (GNU Free Documentation Licence
  1.2). None of its spellings are used: all spellings come from rigour.

Neither file is committed: `ensure_data()` installs both packages (pinned, without dependencies)
with `pip install --target benchmarks/.peers/data` (git-ignored, beside the peer matchers'
virtualenv) and reads the files from there. nomenklatura, a peer in this benchmark, uses a later
version of the same rigour name table, so these pairs play to its strength.

Which groups are used (the filter)
----------------------------------
Only spellings in Latin, Cyrillic or Arabic script are kept, and only single words of letters
(inner hyphens allowed; no spaces, digits, apostrophes or modifier letters such as ʿ). Han, kana,
Hangul and the other scripts are left out: their forms of foreign names are readings chosen per
person rather than variants anyone could derive. In each group every Latin and Cyrillic form is
transliterated to ASCII with ICU and compared (rapidfuzz ratio) with the group's central form (the
one most similar to all others); forms scoring below 65, more than 1.5 times longer or shorter,
or starting with an unrelated sound (Soludo in the group of Udo) are dropped, and so are Arabic
forms whose consonant skeleton scores below 65 against the central form's. A form that is another
form plus a gendered or derived ending (Polish -owa/-ówna, Czech -ová, Russian -ova/-ina) is
dropped, since one person does not carry both; so is a hyphenated form when the central form has
no hyphen (Korean-style romanisations such as E-Ba for Eva). A group that loses more than a third
of its forms is judged noisy and skipped whole; a group needs two forms left.

How pairs are built (deterministic by seed)
-------------------------------------------
A person comes from one of three naming traditions:
- Arabic (40 %): a chain of two or three given names (own name, father's, grandfather's; the
  latter male), each a group that has Arabic-script forms and is a first name in nam_dict's
  "Arabia/Persia" column;
- Slavic (30 %): a given name with Cyrillic forms common in Russia, Belarus, Ukraine, Bulgaria,
  Serbia or Macedonia, and a family name: a group that is not a first name and whose Cyrillic forms
  all carry a surname ending of the person's gender (-ов/-ова, -ский/-ская, or -енко, -ук, -ич);
- Western (30 %): one or two given names common in Western Europe or the U.S.A. and a family name
  that is itself a male given name (Martin, Thomas, Joseph: common in France and in East Africa).
Given names (and Western family names, which are given names too) are drawn in proportion to
2^(f/2), f being nam_dict's frequency (a logarithmic scale) for that gender in the tradition's
countries; Slavic family names in proportion to the number of scripts rigour has them in. Each
part has a home spelling (an ASCII Latin form where there is one); the person has a date of birth
between 1950 and 2006 and, 80 % of the time, a nationality typical of the tradition (the data has
no nationality: this part is synthetic).

- True pairs (half): the person in their home spelling against the same person as another record
  writes them: in the tradition's script (Arabic or Cyrillic, half the time; a Western name is
  written in Arabic or Cyrillic 25 % of the time where rigour has every part), otherwise in other
  Latin spellings of the same groups (at least one part differs). The same date of birth, missing
  on one side in 20 % of pairs; nationality missing on either side in 20 %.
- False pairs (half), always two different people with similar names:
  40 % the same family name with a different given name close in spelling (rapidfuzz ratio >= 70,
  e.g. Ali / Alia, Hasan / Hasna) from a group linked to the first by no shared spelling in any
  script, directly or through a third group (so Heba / Hiba, both هبة, is not used);
  35 % the same given name and a different family name (close in spelling half the time);
  25 % namesakes: the same name groups, another person.
  The second person shares the first's spelling of shared parts half the time and is written like
  the second side of a true pair, so script or spelling does not give the label away. Dates of
  birth: a different year, up to 15 apart (45 %), the same year (40 %), or missing on one side
  (15 %, not for namesakes); the same nationality in 70 %.
- On the second side of every pair: the name order is rotated (family name first) in 10 % of pairs
  and a three-part name loses its middle part in 20 %; the two sides are swapped half the time.

Run `python benchmarks/screening/public_pairs.py` to print counts and examples.
"""

from __future__ import annotations

import argparse
import random
import re
import subprocess
import unicodedata
import venv
from collections import Counter
from dataclasses import dataclass
from functools import cache
from pathlib import Path

import icu
from rapidfuzz import fuzz, process

PEERS = Path(__file__).resolve().parents[1] / ".peers"
DATA = PEERS / "data"
PACKAGES = {"rigour": "1.8.2", "gender-guesser": "0.4.0"}
VARIANTS_FILE = DATA / "rigour" / "data" / "names" / "persons.txt"
FIRST_NAMES_FILE = DATA / "gender_guesser" / "data" / "nam_dict.txt"

LATIN, CYRILLIC, ARABIC = "LATIN", "CYRILLIC", "ARABIC"
FORM_CUTOFF = 65.0
NEIGHBOUR_CUTOFF = 70.0
DERIVED_ENDINGS: tuple[str, ...] = ("a", "ova", "owa", "owna", "ovna", "ina", "yna", "aya", "aja")
DERIVED_ENDINGS += ("iowa", "eva", "ewa", "iene", "yte", "ute", "aite", "skaya", "ska", "cka")
# nam_dict.txt: one frequency column per country from column 31 on, in this order
NAM_DICT_COLUMNS = (
    "GBR",
    "IRL",
    "USA",
    "ITA",
    "MLT",
    "PRT",
    "ESP",
    "FRA",
    "BEL",
    "LUX",
    "NLD",
    "FRISIA",
    "DEU",
    "AUT",
    "CHE",
    "ISL",
    "DNK",
    "NOR",
    "SWE",
    "FIN",
    "EST",
    "LVA",
    "LTU",
    "POL",
    "CZE",
    "SVK",
    "HUN",
    "ROU",
    "BGR",
    "BIH",
    "HRV",
    "KOSOVO",
    "MKD",
    "MNE",
    "SRB",
    "SVN",
    "ALB",
    "GRC",
    "RUS",
    "BLR",
    "MDA",
    "UKR",
    "ARM",
    "AZE",
    "GEO",
    "CENTRAL_ASIA",
    "TUR",
    "ARABIA_PERSIA",
    "ISR",
    "CHN",
    "INDIA_SRI_LANKA",
    "JPN",
    "KOR",
    "VNM",
    "OTHER",
)
SURNAME_ENDINGS = {
    "M": re.compile(r"(ов|ев|ёв|ин|ын|ский|цкий|ской|енко|ук|юк|ич)$"),
    "F": re.compile(r"(ова|ева|ёва|ина|ына|ская|цкая|енко|ук|юк|ич)$"),
}
ONSET_CLASSES = ("aeiouyjhw", "ckqgxh", "bfpvw", "csztj", "dgjz", "mn")
_WORD = re.compile(r"[^\W\d_]+(?:-[^\W\d_]+)*")
_TO_ASCII = icu.Transliterator.createInstance("Any-Latin; Latin-ASCII; Lower")


@dataclass(frozen=True)
class Tradition:
    name: str
    share: float
    script: str | None
    columns: tuple[str, ...]
    nationalities: tuple[str, ...]


TRADITIONS = (
    Tradition(
        "arabic",
        0.40,
        ARABIC,
        ("ARABIA_PERSIA",),
        ("EGY", "SDN", "SOM", "KEN", "TZA", "LBY", "SYR", "IRQ", "YEM", "MAR", "JOR", "DZA"),
    ),
    Tradition(
        "slavic",
        0.30,
        CYRILLIC,
        ("RUS", "BLR", "UKR", "BGR", "SRB", "MKD"),
        ("RUS", "UKR", "BLR", "BGR", "SRB", "MKD", "KAZ", "KGZ"),
    ),
    Tradition(
        "western",
        0.30,
        None,
        ("GBR", "IRL", "USA", "FRA", "BEL", "ITA", "ESP", "PRT", "DEU", "NLD"),
        ("KEN", "UGA", "NGA", "FRA", "BEL", "GBR", "IRL", "USA", "DEU", "ITA", "ESP", "PRT"),
    ),
)


@dataclass(frozen=True)
class FirstName:
    """What nam_dict.txt says about one (folded) first name: frequency by gender and country."""

    frequency: dict[str, dict[str, int]]


@dataclass(frozen=True)
class VariantGroup:
    """The kept spellings of one name part (one rigour line), by script."""

    qid: str
    forms: dict[str, tuple[str, ...]]
    spellings: frozenset[str]  # folded Latin and Cyrillic forms, Arabic forms: links groups
    key: str
    scripts: int
    first_name: FirstName | None


@dataclass(frozen=True)
class Person:
    tradition: Tradition
    gender: str
    groups: tuple[VariantGroup, ...]
    home: tuple[str, ...]
    dob: tuple[int, int, int]
    nationality: str


@dataclass(frozen=True)
class PublicPair:
    left: dict[str, str]
    right: dict[str, str]
    same: bool
    kind: str


def ensure_data() -> None:
    """Install the pinned data packages into benchmarks/.peers/data unless already there."""
    wanted = [DATA / f"{name.replace('-', '_')}-{v}.dist-info" for name, v in PACKAGES.items()]
    if all(path.exists() for path in wanted) and VARIANTS_FILE.exists():
        return
    python = PEERS / "bin" / "python"
    if not python.exists():
        venv.create(PEERS, with_pip=True)
    pins = [f"{name}=={version}" for name, version in PACKAGES.items()]
    command = [str(python), "-m", "pip", "install", "-q", "--no-deps", "--upgrade"]
    subprocess.run([*command, "--target", str(DATA), *pins], check=True)


def fold(form: str) -> str:
    return re.sub(r"[^a-z]", "", _TO_ASCII.transliterate(form))


def skeleton(folded: str) -> str:
    """Consonants only, doubles collapsed, f/v b/p k/q merged: comparable with Arabic spellings."""
    consonants = re.sub(r"[aeiouwy]", "", folded.translate(str.maketrans("vpq", "fbk")))
    return re.sub(r"(.)\1+", r"\1", consonants)


def script_of(form: str) -> str | None:
    if not _WORD.fullmatch(form) or any(unicodedata.category(c) == "Lm" for c in form):
        return None
    scripts = {unicodedata.name(c, "?").split()[0] for c in form if c != "-"}
    found = scripts.pop() if len(scripts) == 1 else None
    return found if found in (LATIN, CYRILLIC, ARABIC) else None


def alike(a: str, b: str) -> bool:
    """Similar length (at most 1.5 times) and compatible first sounds (Yusuf/Jusuf, Carl/Karl)."""
    short, long = sorted((a, b), key=len)
    if not short or len(long) > 1.5 * len(short):
        return False
    return short[0] == long[0] or any(short[0] in c and long[0] in c for c in ONSET_CLASSES)


def derived(folded: str, others: set[str]) -> bool:
    """Whether `folded` is another form plus a gendered or derived ending (Nowak -> Nowakowa)."""
    for ending in DERIVED_ENDINGS:
        if folded.endswith(ending):
            stem = folded[: -len(ending)]
            if stem in others or any(o[:-1] == stem and len(o) > 2 for o in others):
                return True
    return False


def read_first_names(path: Path) -> dict[str, FirstName]:
    """nam_dict.txt by folded name; lines with '+' in column 30 are sort duplicates: skipped."""
    names: dict[str, FirstName] = {}
    with path.open(encoding="utf-8") as handle:
        for line in handle:
            if line.startswith(("#", "=")) or len(line) < 31 or line[29] == "+":
                continue
            name = fold(line[3:29].strip().replace("+", ""))
            kind = line[:2].strip()
            genders = "MF" if kind == "?" else kind[-1]
            entry = names.setdefault(name, FirstName({"M": {}, "F": {}}))
            for column, digit in zip(NAM_DICT_COLUMNS, line[30:], strict=False):
                for gender in genders:
                    if digit.strip():
                        table = entry.frequency[gender]
                        table[column] = max(table.get(column, 0), int(digit, 16))
    return names


def clean_group(qid: str, raw: list[str], first_names: dict[str, FirstName]) -> VariantGroup | None:
    """The group's usable forms, or None when the group is noisy or too small (module doc)."""
    forms = [(form, script, fold(form)) for form in raw if (script := script_of(form))]
    alphabetic = [item for item in forms if item[1] != ARABIC]
    if not any(item[1] == LATIN for item in forms) or len(forms) < 2:
        return None
    centre = max(alphabetic, key=lambda a: (sum(fuzz.ratio(a[2], b[2]) for b in alphabetic), a[0]))
    folded_all = {item[2] for item in alphabetic}
    kept: dict[str, list[str]] = {LATIN: [], CYRILLIC: [], ARABIC: []}
    for form, script, folded in forms:
        if script == ARABIC:
            close = fuzz.ratio(skeleton(folded), skeleton(centre[2])) >= FORM_CUTOFF
        else:
            close = fuzz.ratio(folded, centre[2]) >= FORM_CUTOFF and alike(folded, centre[2])
        hyphen_ok = "-" not in form or "-" in centre[0]
        if close and hyphen_ok and not derived(folded, folded_all - {folded}):
            kept[script].append(form)
    count = sum(len(v) for v in kept.values())
    if count < 2 or not kept[LATIN] or (len(forms) - count) * 3 > len(forms):
        return None
    known = [first_names[f] for f in sorted({fold(f) for f in kept[LATIN]}) if f in first_names]
    first_name = None
    if known:
        first_name = FirstName({g: {} for g in "MF"})
        for gender, table in first_name.frequency.items():
            for column, value in ((c, v) for k in known for c, v in k.frequency[gender].items()):
                table[column] = max(table.get(column, 0), value)
    return VariantGroup(
        qid=qid,
        forms={script: tuple(sorted(set(v))) for script, v in kept.items() if v},
        spellings=frozenset([fold(f) for f in kept[LATIN] + kept[CYRILLIC]] + kept[ARABIC]),
        key=centre[2],
        scripts=len({unicodedata.name(c, "?").split()[0] for f in raw for c in f if c.isalpha()}),
        first_name=first_name,
    )


@cache
def variant_groups() -> tuple[VariantGroup, ...]:
    ensure_data()
    first_names = read_first_names(FIRST_NAMES_FILE)
    groups: list[VariantGroup] = []
    with VARIANTS_FILE.open(encoding="utf-8") as handle:
        for line in handle:
            names, qid = line.rstrip("\n").split(" => ")
            group = clean_group(qid, names.split(", "), first_names)
            if group is not None:
                groups.append(group)
    return tuple(groups)


def frequency(group: VariantGroup, tradition: Tradition, gender: str) -> int:
    """How common the group is as a first name of this gender in the tradition (0: not known)."""
    if group.first_name is None:
        return 0
    table = group.first_name.frequency[gender]
    return max(table.get(c, 0) for c in tradition.columns)


def surname_gender(group: VariantGroup) -> str | None:
    """'M' or 'F' when every Cyrillic form has a Slavic surname ending of that gender only."""
    cyrillic = group.forms.get(CYRILLIC, ())
    fits = [g for g in "MF" if cyrillic and all(SURNAME_ENDINGS[g].search(f) for f in cyrillic)]
    return fits[0] if len(fits) == 1 else "MF" if len(fits) == 2 else None


class Pools:
    """Candidate groups per tradition, role and gender, with weights and spelling neighbours."""

    def __init__(self, groups: tuple[VariantGroup, ...]) -> None:
        self.index = {group.qid: n for n, group in enumerate(groups)}
        self.by_form: dict[str, list[int]] = {}
        for n, group in enumerate(groups):
            for folded in group.spellings:
                self.by_form.setdefault(folded, []).append(n)
        self.members: dict[tuple[str, str, str], list[VariantGroup]] = {}
        self.weights: dict[tuple[str, str, str], list[float]] = {}
        for tradition in TRADITIONS:
            wanted = [("given", "M"), ("given", "F")]
            wanted += {
                "slavic": [("family", "M"), ("family", "F")],
                "western": [("family", "M")],
            }.get(tradition.name, [])
            for role, gender in wanted:
                chosen = [g for g in groups if self.fits(g, tradition, role, gender)]
                key = (tradition.name, role, gender)
                self.members[key] = chosen
                self.weights[key] = [
                    2 ** (frequency(g, tradition, "M" if role == "family" else gender) / 2)
                    if tradition.name != "slavic" or role == "given"
                    else g.scripts
                    for g in chosen
                ]
        self.keys = {key: [g.key for g in chosen] for key, chosen in self.members.items()}

    @staticmethod
    def fits(group: VariantGroup, tradition: Tradition, role: str, gender: str) -> bool:
        if tradition.script is not None and tradition.script not in group.forms:
            return False
        if tradition.script is None and len(group.forms[LATIN]) < 2:
            return False
        if tradition.name == "slavic" and role == "family":
            return group.first_name is None and gender in (surname_gender(group) or "")
        return frequency(group, tradition, "M" if role == "family" else gender) > 0

    def draw(
        self, rng: random.Random, tradition: Tradition, role: str, gender: str
    ) -> VariantGroup:
        key = (tradition.name, role, gender)
        return rng.choices(self.members[key], weights=self.weights[key])[0]

    def linked(self, group: VariantGroup) -> set[int]:
        return {n for folded in group.spellings for n in self.by_form.get(folded, ())}

    def same_name(self, a: VariantGroup, b: VariantGroup) -> bool:
        """Whether two groups share a spelling, directly or through a third group."""
        near = self.linked(a)
        return self.index[b.qid] in near or bool(near & self.linked(b))

    def neighbour(
        self, rng: random.Random, group: VariantGroup, key: tuple[str, str, str]
    ) -> VariantGroup | None:
        """A group of another name whose central spelling is close to this group's."""
        found = process.extract(
            group.key, self.keys[key], scorer=fuzz.ratio, limit=40, score_cutoff=NEIGHBOUR_CUTOFF
        )
        near = [self.members[key][n] for _, _, n in found]
        near = [g for g in near if g.key != group.key and not self.same_name(group, g)]
        return rng.choice(near[:5]) if near else None


@cache
def pools() -> Pools:
    return Pools(variant_groups())


def home_spelling(rng: random.Random, group: VariantGroup) -> str:
    latin = group.forms[LATIN]
    plain = [f for f in latin if f.isascii()]
    return rng.choice(plain or latin)


def make_person(rng: random.Random, pools_: Pools) -> Person:
    tradition = rng.choices(TRADITIONS, weights=[t.share for t in TRADITIONS])[0]
    gender = rng.choice("MF")
    if tradition.name == "arabic":
        parts = [("given", gender), ("given", "M")] + ([("given", "M")] * (rng.random() < 0.4))
    elif tradition.name == "slavic":
        parts = [("given", gender), ("family", gender)]
    else:
        parts = [("given", gender)] * (1 + (rng.random() < 0.3)) + [("family", "M")]
    groups = tuple(pools_.draw(rng, tradition, role, g) for role, g in parts)
    return person_with(rng, tradition, gender, groups)


def person_with(
    rng: random.Random,
    tradition: Tradition,
    gender: str,
    groups: tuple[VariantGroup, ...],
    like: Person | None = None,
) -> Person:
    """A new person with these name groups, spelt like `like`'s shared groups half the time."""
    home = [home_spelling(rng, g) for g in groups]
    if like is not None and rng.random() < 0.5:
        theirs = dict(zip((g.qid for g in like.groups), like.home, strict=True))
        home = [theirs.get(g.qid, h) for g, h in zip(groups, home, strict=True)]
    dob = (rng.randint(1950, 2006), rng.randint(1, 12), rng.randint(1, 28))
    nationality = rng.choice(tradition.nationalities) if rng.random() < 0.8 else ""
    return Person(tradition, gender, groups, tuple(home), dob, nationality)


def display(form: str) -> str:
    return "-".join(part[:1].upper() + part[1:] for part in form.split("-"))


def other_script(rng: random.Random, person: Person) -> str | None:
    """The script another record writes this person in, or None for Latin."""
    if person.tradition.script is not None:
        return person.tradition.script if rng.random() < 0.5 else None
    scripts = [s for s in (ARABIC, CYRILLIC) if all(s in g.forms for g in person.groups)]
    return rng.choice(scripts) if scripts and rng.random() < 0.25 else None


def written(rng: random.Random, person: Person) -> str:
    """The person's name as another record writes it: another script or other Latin spellings."""
    script = other_script(rng, person)
    if script is not None:
        parts = [rng.choice(g.forms[script]) for g in person.groups]
    else:
        parts = [
            rng.choice([f for f in g.forms[LATIN] if f != h] or [h]) if rng.random() < 0.7 else h
            for g, h in zip(person.groups, person.home, strict=True)
        ]
        changeable = [n for n, g in enumerate(person.groups) if len(g.forms[LATIN]) > 1]
        if parts == list(person.home) and changeable:
            n = rng.choice(changeable)
            parts[n] = rng.choice([f for f in person.groups[n].forms[LATIN] if f != parts[n]])
    if len(parts) == 3 and rng.random() < 0.2:
        parts = [parts[0], parts[2]]
    if rng.random() < 0.1:
        parts = parts[1:] + parts[:1]
    return " ".join(display(p) for p in parts)


def date_text(dob: tuple[int, int, int]) -> str:
    return f"{dob[0]:04d}-{dob[1]:02d}-{dob[2]:02d}"


def other_date(rng: random.Random, dob: tuple[int, int, int], same_year: bool) -> str:
    while True:
        year = dob[0] if same_year else dob[0] + rng.choice([-1, 1]) * rng.randint(1, 15)
        candidate = (year, rng.randint(1, 12), rng.randint(1, 28))
        if candidate != dob:
            return date_text(candidate)


def side(name: str, dob: str, nationality: str) -> dict[str, str]:
    return {"name": name, "dob": dob, "nationality": nationality}


def true_pair(rng: random.Random, pools_: Pools) -> PublicPair:
    while True:
        person = make_person(rng, pools_)
        home = " ".join(display(p) for p in person.home)
        other = written(rng, person)
        if other.casefold() != home.casefold():
            break
    dob = date_text(person.dob)
    dobs = [dob, dob]
    if rng.random() < 0.2:
        dobs[rng.randrange(2)] = ""
    nats = [person.nationality if rng.random() < 0.8 else "" for _ in range(2)]
    return PublicPair(side(home, dobs[0], nats[0]), side(other, dobs[1], nats[1]), True, "variant")


def other_person(rng: random.Random, pools_: Pools, person: Person) -> tuple[Person, str] | None:
    """A different person with a similar name, and how the name differs (module doc)."""
    groups, gender, tradition = list(person.groups), person.gender, person.tradition
    draw = rng.random()
    if draw < 0.40:
        gender = rng.choice("MF") if tradition.name != "slavic" else gender
        given = pools_.neighbour(rng, groups[0], (tradition.name, "given", gender))
        if given is None:
            return None
        groups[0], kind = given, "close given name"
    elif draw < 0.75:
        key = (tradition.name, "given" if tradition.name == "arabic" else "family", gender)
        if tradition.name != "slavic":
            key = (key[0], key[1], "M")
        close = pools_.neighbour(rng, groups[-1], key) if rng.random() < 0.5 else None
        family = close or pools_.draw(rng, tradition, key[1], key[2])
        if pools_.same_name(family, groups[-1]):
            return None
        groups[-1], kind = family, "other family name"
    else:
        kind = "namesake"
    other = person_with(rng, tradition, gender, tuple(groups), like=person)
    if rng.random() < 0.7:
        other = Person(tradition, gender, other.groups, other.home, other.dob, person.nationality)
    return other, kind


def false_pair(rng: random.Random, pools_: Pools) -> PublicPair:
    while True:
        person = make_person(rng, pools_)
        found = other_person(rng, pools_, person)
        if found is not None:
            break
    other, kind = found
    home = " ".join(display(p) for p in person.home)
    draw = rng.random()
    dobs = [date_text(person.dob), other_date(rng, person.dob, same_year=0.45 <= draw < 0.85)]
    if draw >= 0.85 and kind != "namesake":
        dobs[rng.randrange(2)] = ""
    nats = [n if rng.random() < 0.8 else "" for n in (person.nationality, other.nationality)]
    name = written(rng, other)
    return PublicPair(side(home, dobs[0], nats[0]), side(name, dobs[1], nats[1]), False, kind)


def labelled_pairs(seed: int, count: int) -> list[PublicPair]:
    """`count` pairs, true and false alternating (true first), with the kind of each."""
    rng = random.Random(seed)
    pools_ = pools()
    pairs: list[PublicPair] = []
    for n in range(count):
        pair = true_pair(rng, pools_) if n % 2 == 0 else false_pair(rng, pools_)
        if rng.random() < 0.5:
            pair = PublicPair(pair.right, pair.left, pair.same, pair.kind)
        pairs.append(pair)
    return pairs


def public_pairs(
    seed: int, count: int
) -> tuple[list[tuple[dict[str, str], dict[str, str]]], list[bool]]:
    """`count` labelled pairs (half true, half false); each side has name, dob and nationality."""
    pairs = labelled_pairs(seed, count)
    return [(p.left, p.right) for p in pairs], [p.same for p in pairs]


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--seed", type=int, default=7)
    parser.add_argument("--count", type=int, default=2000)
    parser.add_argument("--examples", type=int, default=16)
    args = parser.parse_args()
    groups = variant_groups()
    table = pools()
    print(f"{len(groups)} variant groups kept from {VARIANTS_FILE}")
    for (tradition, role, gender), members in table.members.items():
        print(f"  {tradition} {role} names ({gender}): {len(members)} groups")
    pairs = labelled_pairs(args.seed, args.count)
    print(f"{len(pairs)} pairs: {sum(p.same for p in pairs)} true")
    for kind, n in sorted(Counter(p.kind for p in pairs).items()):
        print(f"  {kind}: {n}")
    for pair in pairs[: args.examples]:
        left, right = pair.left, pair.right
        print(
            f"{'SAME' if pair.same else 'DIFF'} [{pair.kind}] "
            f"{left['name']} ({left['dob'] or '-'}, {left['nationality'] or '-'})  |  "
            f"{right['name']} ({right['dob'] or '-'}, {right['nationality'] or '-'})"
        )


if __name__ == "__main__":
    main()
