"""Name vocabularies: honorifics to drop, particles to down-weight, spelling variants to unify.

The variant groups are transliteration variants of the same name (not translations): each
group maps every listed spelling to the group's first spelling.
"""

from __future__ import annotations

_HONORIFICS_TEXT = """
mr mrs ms miss mx dr doctor prof professor sir dame lord lady madam mme mlle mons monsieur
herr frau sra sr jr snr jnr junior senior hon honourable honorable rev reverend fr father
pastor bishop imam mullah mulla maulana mawlana mufti ayatollah sheikh shaikh shaykh sheik
cheikh shykh sheykh haji hajji hadji hajj haj hajja hajiya alhaji alhaj alhadji hj emir
general gen gnl colonel col lt lieutenant major maj captain capt sgt sergeant brigadier brig
marshal admiral commander cmdr president minister chief engr eng ustadh ustaz ustad comrade
gospodin gospozha
"""
HONORIFICS: frozenset[str] = frozenset(_HONORIFICS_TEXT.split())

_PARTICLES_TEXT = """
al el ul bin ben ibn bint binti bn abn ould wuld van von der den de da das dos do di du del
della la le ter zu y e
"""
PARTICLES: frozenset[str] = frozenset(_PARTICLES_TEXT.split())

ABD_PREFIXES: tuple[str, ...] = ("abdul", "abdel", "abdal", "abdoul", "abdur", "abdus", "abdol")
"""Joined spellings of "Abd al-": `Abdulrahman` is `abd` + `rahman`."""

ABD_WORDS: frozenset[str] = frozenset({"abd", "abdel", "abdul", "abdal", "abdoul", "abdu", "abdur"})
"""Separate "Abd" words that bind to the next word: `Abd al-Rahman`, `Abdel Aziz`."""

_GROUPS = """
muhammad mohammed mohammad mohamed mohamad muhammed mohamud mohammod muhamad muhamed mouhamed
  mouhammad mohhamed mahomed muhamadu mohamadou mouhamadou mamadou mehmet mehmed muhammet mohd mhmd
ahmad ahmed ahmet achmed akhmed ahmadou ahmadu
mahmud mahmoud mahmood makhmud mahmut
yusuf yousef youssef yusef yousif yousuf yussuf usuf yosef jusuf yousouf youcef iusuf
ibrahim ebrahim ibraheem brahim ibrahima ebrahem
ismail ismael ismaeel esmail ismayil
ishaq ishak ishaaq
yaqub yakub yaqoub yacoub yakoub jakub yaqoob
musa moussa mousa musah mussa
isa eissa issa esa
sulayman suleiman sulaiman soliman suleyman sulejman souleymane suleman
khalid khaled halid khalied
said saeed saied saeid sayeed
umar omar omer umer
uthman othman osman usman ousmane uthmane usmane
ali aly alee
hasan hassan hasane hassane
husayn hussein husain hussain hossein huseyn husein houssein hussien hosein
abdallah abdullah abdulla abdalla abdellah abdoulaye abdullahi abdallahi
abubakar abubakr abubakr aboubakar abubakari aboubacar boubacar
mustafa mustapha moustafa mostafa mustafah
jafar jaafar jafer cafer
nasir nasser naser nasir nassir
rashid rasheed rachid rashed
karim kareem kerim
hamid hameed
mahdi mehdi
qasim kasim qassem kassem qasem gasim
yahya yahia yehia yahiya
zakariya zakaria zakariyya zakaria zakariah
idris idriss idrees
ilyas ilias elyas
tariq tarek tarik tareq
walid waleed
faisal faysal feisal faycal
fatima fatimah fatma fatuma fatoumata fatemeh fatmt
aisha aishah ayesha aicha aysha ayisha
khadija khadijah khadidja hadiza khadeeja
zaynab zainab zeinab zaineb
maryam mariam meryem
amina aminah aminata ameena
salim saleem selim
salah saleh salih
jamal gamal djamal
hamza hamzah
osama usama oussama
anwar anouar
yasin yassin yaseen yassine
bilal bilel
nur noor nour
aleksandr alexander alexandr oleksandr aleksander
sergei sergey serhiy sergiy serguei
dmitri dmitry dmitrii dmytro
yuri yury yurii iurii yuriy
andrei andrey andrii andriy
aleksei alexei alexey oleksiy oleksii aleksey
nikolai nikolay mykola nicolai
mikhail mikhail mykhailo michail
pyotr petr petro
vladimir volodymyr wladimir
yevgeny evgeny yevgeniy evgenii yevhen
mykhailo
olga olha
tatiana tatyana tetiana
natalia natalya nataliya
chukwuemeka chukuemeka
oluwaseun oluwaseyi
"""


def _variant_table() -> dict[str, str]:
    table: dict[str, str] = {}
    canonical = ""
    for line in _GROUPS.strip().split("\n"):
        spellings = line.split()
        if not spellings:
            continue
        if not line.startswith(" "):
            canonical = spellings[0]
        for spelling in spellings:
            table.setdefault(spelling, canonical)
    return table


VARIANTS: dict[str, str] = _variant_table()

_NAME_ENDINGS_TEXT = """
ovich evich ovna evna ovic evic ovski evski ova eva ich ina sky ski enko yan ian zadeh zai
oglu son sen pour
"""
NAME_ENDINGS: frozenset[str] = frozenset(_NAME_ENDINGS_TEXT.split())
"""Endings that make a patronymic or a family name of a given name (`Mikhailovna`,
`Ibrahimovic`, `Hasanzadeh`): a word that is a known name and one of them is one word, not
two joined (`Mikhail` and `ovna`)."""


def _abjad_table() -> dict[str, str]:
    from pamoja.matching.phonetic import skeleton

    found: dict[str, set[str]] = {}
    for canonical in set(VARIANTS.values()):
        found.setdefault(skeleton(canonical), set()).add(canonical)
    return {key: next(iter(names)) for key, names in found.items() if len(names) == 1 and key}


ABJAD_VARIANTS: dict[str, str] = _abjad_table()
"""Consonant skeleton of a known name to its spelling, for words written without short vowels
(Arabic `يوسف` transliterates to `ywsf`, skeleton `sf`, which is `yusuf`); ambiguous skeletons
are left out."""
