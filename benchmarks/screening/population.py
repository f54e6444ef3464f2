"""Synthetic multilingual persons for the screening benchmark: name pools by region, written in
Latin and in the region's own script (Arabic, Cyrillic, Han, Ge'ez), with dates of birth and
nationalities. Deterministic for a given seed."""

from __future__ import annotations

import random
from dataclasses import dataclass

import icu

ARABIC_GIVEN = {
    "Muhammad": "محمد",
    "Ahmad": "أحمد",
    "Ali": "علي",
    "Umar": "عمر",
    "Yusuf": "يوسف",
    "Ibrahim": "إبراهيم",
    "Khalid": "خالد",
    "Hasan": "حسن",
    "Husayn": "حسين",
    "Mahmud": "محمود",
    "Abd al-Rahman": "عبد الرحمن",
    "Abdallah": "عبد الله",
    "Abd al-Aziz": "عبد العزيز",
    "Mustafa": "مصطفى",
    "Said": "سعيد",
    "Tariq": "طارق",
    "Walid": "وليد",
    "Jamal": "جمال",
    "Karim": "كريم",
    "Nasir": "ناصر",
    "Rashid": "راشد",
    "Salim": "سليم",
    "Hamza": "حمزة",
    "Bilal": "بلال",
    "Anwar": "أنور",
    "Yasin": "ياسين",
    "Idris": "إدريس",
    "Ismail": "إسماعيل",
    "Musa": "موسى",
    "Sulayman": "سليمان",
    "Faisal": "فيصل",
    "Zakariya": "زكريا",
    "Fatima": "فاطمة",
    "Aisha": "عائشة",
    "Khadija": "خديجة",
    "Zaynab": "زينب",
    "Maryam": "مريم",
    "Amina": "أمينة",
    "Layla": "ليلى",
    "Nour": "نور",
    "Samir": "سمير",
    "Adil": "عادل",
    "Majid": "ماجد",
    "Fadil": "فاضل",
    "Ghassan": "غسان",
    "Hisham": "هشام",
    "Imad": "عماد",
    "Jafar": "جعفر",
    "Kamal": "كمال",
    "Marwan": "مروان",
    "Nabil": "نبيل",
    "Qasim": "قاسم",
    "Ridwan": "رضوان",
    "Sharif": "شريف",
    "Usama": "أسامة",
    "Yahya": "يحيى",
    "Ziyad": "زياد",
    "Bashir": "بشير",
}
ARABIC_FAMILY_PARTS = [
    ("Haddad", "حداد"),
    ("Khatib", "خطيب"),
    ("Najjar", "نجار"),
    ("Masri", "مصري"),
    ("Shami", "شامي"),
    ("Tamimi", "تميمي"),
    ("Qahtani", "قحطاني"),
    ("Zahrani", "زهراني"),
    ("Ghamdi", "غامدي"),
    ("Harbi", "حربي"),
    ("Mutairi", "مطيري"),
    ("Dosari", "دوسري"),
    ("Shammari", "شمري"),
    ("Anzi", "عنزي"),
    ("Jabouri", "جبوري"),
    ("Dulaimi", "دليمي"),
    ("Obaidi", "عبيدي"),
    ("Tikriti", "تكريتي"),
    ("Hashimi", "هاشمي"),
    ("Kubaisi", "كبيسي"),
    ("Baghdadi", "بغدادي"),
    ("Halabi", "حلبي"),
    ("Homsi", "حمصي"),
    ("Maghribi", "مغربي"),
    ("Sudani", "سوداني"),
    ("Yamani", "يماني"),
    ("Libi", "ليبي"),
    ("Tunisi", "تونسي"),
    ("Jazairi", "جزائري"),
    ("Urduni", "أردني"),
    ("Filastini", "فلسطيني"),
    ("Kurdi", "كردي"),
    ("Hakim", "حكيم"),
    ("Sabbagh", "صباغ"),
    ("Attar", "عطار"),
    ("Saqqa", "سقا"),
    ("Bakri", "بكري"),
    ("Fahd", "فهد"),
    ("Sayyid", "سيد"),
    ("Mansur", "منصور"),
]
LATIN_VARIANTS = {
    "Muhammad": ["Mohammed", "Mohamed", "Mohammad", "Muhammed", "Mohamad"],
    "Ahmad": ["Ahmed", "Ahmet"],
    "Umar": ["Omar", "Omer"],
    "Yusuf": ["Youssef", "Yousef", "Yusef"],
    "Husayn": ["Hussein", "Hussain", "Husain"],
    "Hasan": ["Hassan"],
    "Mahmud": ["Mahmoud"],
    "Abd al-Rahman": ["Abdulrahman", "Abdel Rahman", "Abdurrahman"],
    "Abdallah": ["Abdullah", "Abdellah"],
    "Abd al-Aziz": ["Abdulaziz", "Abdel Aziz"],
    "Mustafa": ["Mustapha", "Moustafa"],
    "Said": ["Saeed", "Saied"],
    "Tariq": ["Tarek", "Tarik"],
    "Walid": ["Waleed"],
    "Nasir": ["Nasser", "Naser"],
    "Rashid": ["Rachid", "Rasheed"],
    "Karim": ["Kareem"],
    "Sulayman": ["Suleiman", "Sulaiman"],
    "Faisal": ["Faysal"],
    "Zaynab": ["Zainab", "Zeinab"],
    "Maryam": ["Mariam"],
    "Aisha": ["Aicha", "Ayesha"],
    "Khadija": ["Khadidja"],
    "Usama": ["Osama", "Oussama"],
    "Yahya": ["Yehia"],
    "Ismail": ["Ismael"],
    "Jafar": ["Jaafar"],
    "Qasim": ["Kassem", "Qassem"],
}
RUSSIAN_GIVEN = [
    "Aleksandr",
    "Sergei",
    "Dmitri",
    "Andrei",
    "Aleksei",
    "Nikolai",
    "Mikhail",
    "Ivan",
    "Vladimir",
    "Yuri",
    "Oleg",
    "Igor",
    "Pavel",
    "Viktor",
    "Roman",
    "Boris",
    "Anatoli",
    "Gennadi",
    "Konstantin",
    "Maksim",
    "Olga",
    "Tatiana",
    "Natalia",
    "Elena",
    "Irina",
    "Svetlana",
    "Anna",
    "Marina",
    "Yulia",
    "Ekaterina",
]
RUSSIAN_STEMS = [
    "Ivan",
    "Petr",
    "Smirn",
    "Kuznets",
    "Popov",
    "Vasil",
    "Sokol",
    "Mikhail",
    "Novik",
    "Fedor",
    "Moroz",
    "Volk",
    "Alekse",
    "Lebed",
    "Semen",
    "Egor",
    "Pavl",
    "Kozl",
    "Stepan",
    "Nikol",
    "Orl",
    "Andre",
    "Makar",
    "Zakhar",
    "Zait",
    "Solov",
    "Borisov",
    "Yakovl",
    "Grigor",
    "Roman",
    "Vorob",
    "Sergeev",
    "Kuzmin",
    "Frol",
    "Aleksandr",
    "Dmitri",
    "Korol",
    "Gusev",
    "Kiselev",
    "Ilin",
    "Maksim",
    "Polyak",
    "Sorokin",
    "Vinogradov",
    "Kovalev",
    "Belov",
    "Medved",
    "Antonov",
    "Tarasov",
    "Zhukov",
]
RUSSIAN_ENDINGS = ["ov", "ev", "in", "enko", "sky", "uk", "ich", "ovich"]
WEST_AFRICAN_GIVEN = [
    "Chukwuemeka",
    "Oluwaseun",
    "Adebayo",
    "Ngozi",
    "Chinedu",
    "Emeka",
    "Kwame",
    "Kofi",
    "Ama",
    "Abena",
    "Yaw",
    "Amadou",
    "Moussa",
    "Ousmane",
    "Mamadou",
    "Ibrahima",
    "Fatoumata",
    "Aminata",
    "Babajide",
    "Folake",
    "Tunde",
    "Yetunde",
    "Obinna",
    "Ifeoma",
    "Segun",
    "Bukola",
    "Kelechi",
    "Chiamaka",
    "Sani",
    "Musa",
    "Aliyu",
    "Abubakar",
    "Usman",
    "Hadiza",
    "Zainab",
    "Samuel",
    "Grace",
    "John",
]
WEST_AFRICAN_SYLLABLES = [
    "o",
    "a",
    "ko",
    "ye",
    "mi",
    "nde",
    "la",
    "ba",
    "kun",
    "wu",
    "chu",
    "kwu",
    "nna",
    "di",
    "ke",
    "si",
    "tu",
    "fo",
    "ga",
    "ji",
    "lo",
    "ma",
    "ni",
    "ra",
    "se",
    "to",
    "wo",
    "yi",
    "ade",
    "olu",
    "eze",
    "oke",
    "ogun",
    "nwa",
    "obi",
]
EAST_AFRICAN = [
    ("Abebe", "አበበ"),
    ("Bekele", "በቀለ"),
    ("Tesfaye", "ተስፋዬ"),
    ("Girma", "ግርማ"),
    ("Alemu", "አለሙ"),
    ("Haile", "ኃይሌ"),
    ("Tadesse", "ታደሰ"),
    ("Mulugeta", "ሙሉጌታ"),
    ("Getachew", "ጌታቸው"),
    ("Kebede", "ከበደ"),
    ("Assefa", "አሰፋ"),
    ("Wolde", "ወልዴ"),
    ("Mekonnen", "መኮንን"),
    ("Desta", "ደስታ"),
    ("Negash", "ነጋሽ"),
    ("Ayele", "አየለ"),
    ("Tsegaye", "ፀጋዬ"),
    ("Demissie", "ደምሴ"),
    ("Lemma", "ለማ"),
    ("Berhane", "ብርሃነ"),
    ("Yohannes", "ዮሐንስ"),
    ("Dawit", "ዳዊት"),
    ("Solomon", "ሰሎሞን"),
    ("Mesfin", "መስፍን"),
    ("Tigist", "ትግስት"),
    ("Almaz", "አልማዝ"),
    ("Hirut", "ሂሩት"),
    ("Selam", "ሰላም"),
]
CHINESE_SURNAMES = [
    ("Wang", "王"),
    ("Li", "李"),
    ("Zhang", "张"),
    ("Liu", "刘"),
    ("Chen", "陈"),
    ("Yang", "杨"),
    ("Huang", "黄"),
    ("Zhao", "赵"),
    ("Wu", "吴"),
    ("Zhou", "周"),
    ("Xu", "徐"),
    ("Sun", "孙"),
    ("Ma", "马"),
    ("Zhu", "朱"),
    ("Hu", "胡"),
    ("Guo", "郭"),
    ("He", "何"),
    ("Gao", "高"),
    ("Lin", "林"),
    ("Luo", "罗"),
]
CHINESE_GIVEN = [
    ("wei", "伟"),
    ("fang", "芳"),
    ("na", "娜"),
    ("min", "敏"),
    ("jing", "静"),
    ("qiang", "强"),
    ("lei", "磊"),
    ("jun", "军"),
    ("yang", "洋"),
    ("yong", "勇"),
    ("yan", "艳"),
    ("jie", "杰"),
    ("tao", "涛"),
    ("ming", "明"),
    ("chao", "超"),
    ("xiu", "秀"),
    ("hua", "华"),
    ("ping", "平"),
    ("gang", "刚"),
    ("hui", "辉"),
    ("long", "龙"),
    ("bin", "斌"),
    ("hong", "红"),
    ("xin", "新"),
    ("dong", "东"),
]
EUROPEAN_GIVEN = [
    "Jean",
    "Pierre",
    "Marie",
    "Hans",
    "Peter",
    "Anna",
    "Giuseppe",
    "Marco",
    "Luca",
    "Jose",
    "Carlos",
    "Maria",
    "Jan",
    "Piotr",
    "Tomasz",
    "Lars",
    "Erik",
    "Sofia",
    "Thomas",
    "Michael",
    "David",
    "Laura",
    "Paul",
    "Stefan",
    "Andrea",
    "Francesco",
]
EUROPEAN_STEMS = [
    "Mull",
    "Schmi",
    "Schneid",
    "Fisch",
    "Web",
    "Mey",
    "Wagn",
    "Beck",
    "Hoff",
    "Rossi",
    "Russo",
    "Ferr",
    "Espos",
    "Bianc",
    "Roman",
    "Colomb",
    "Ricc",
    "Garc",
    "Mart",
    "Lop",
    "Gonzal",
    "Rodrig",
    "Fernand",
    "Sanch",
    "Perez",
    "Dubo",
    "Duran",
    "Lefev",
    "Moreau",
    "Laurent",
    "Kowal",
    "Nowak",
    "Wisniew",
    "Wojcik",
    "Kaminsk",
    "Lewand",
    "Zielin",
    "Szyman",
    "Johans",
    "Anders",
    "Karlss",
    "Nilss",
    "Eriks",
]
EUROPEAN_ENDINGS = ["er", "ez", "i", "o", "ski", "son", "sen", "mann", "ard", "ier", "ez", "ek"]

REGIONS: dict[str, tuple[float, tuple[str, ...]]] = {
    "arabic": (0.35, ("SYR", "IRQ", "SAU", "EGY", "YEM", "LBY", "SDN", "JOR", "SOM")),
    "russian": (0.15, ("RUS", "UKR", "BLR", "KAZ")),
    "west_african": (0.2, ("NGA", "GHA", "SEN", "MLI", "NER", "CIV")),
    "east_african": (0.1, ("ETH", "ERI")),
    "chinese": (0.1, ("CHN", "TWN")),
    "european": (0.1, ("FRA", "DEU", "ITA", "ESP", "POL", "SWE")),
}

_TO_CYRILLIC = icu.Transliterator.createInstance("Latin-Cyrillic")


@dataclass(frozen=True)
class Person:
    """One synthetic person: the name in Latin, the name in its own script (if any), the parts
    the name was built from, and the other details."""

    id: str
    region: str
    parts: tuple[str, ...]
    native: str | None
    gender: str
    birth: tuple[int, int, int]
    year_only: bool
    nationality: str

    @property
    def name(self) -> str:
        return " ".join(self.parts)

    @property
    def birth_text(self) -> str:
        year, month, day = self.birth
        return f"{year:04d}" if self.year_only else f"{year:04d}-{month:02d}-{day:02d}"


def _cyrillic_ready(latin: str) -> str:
    for digraph, letter in (("ch", "č"), ("sh", "š"), ("zh", "ž"), ("kh", "h"), ("ya", "ja")):
        latin = latin.replace(digraph, letter)
    return latin


def _surname(rng: random.Random, stems: list[str], endings: list[str]) -> str:
    return rng.choice(stems) + rng.choice(endings)


def _syllable_name(rng: random.Random) -> str:
    return "".join(rng.choice(WEST_AFRICAN_SYLLABLES) for _ in range(rng.randint(2, 4))).title()


def make_person(rng: random.Random, person_id: str, region: str | None = None) -> Person:
    """A random person of a region (drawn by weight when not given)."""
    if region is None:
        region = rng.choices(list(REGIONS), weights=[w for w, _ in REGIONS.values()])[0]
    nationality = rng.choice(REGIONS[region][1])
    gender = rng.choice(("male", "female"))
    native: str | None = None
    if region == "arabic":
        given = rng.sample(list(ARABIC_GIVEN), 2)
        family, family_native = rng.choice(ARABIC_FAMILY_PARTS)
        parts = (given[0], given[1], family)
        native = " ".join([ARABIC_GIVEN[given[0]], ARABIC_GIVEN[given[1]], "ال" + family_native])
    elif region == "russian":
        father = rng.choice(RUSSIAN_GIVEN[:20]).rstrip("ia")
        patronymic = father + ("ovich" if gender == "male" else "ovna")
        given = rng.choice(RUSSIAN_GIVEN[:20] if gender == "male" else RUSSIAN_GIVEN[20:])
        parts = (given, patronymic, _surname(rng, RUSSIAN_STEMS, RUSSIAN_ENDINGS))
        native = _TO_CYRILLIC.transliterate(_cyrillic_ready(" ".join(parts)))
    elif region == "west_african":
        parts = (rng.choice(WEST_AFRICAN_GIVEN), _syllable_name(rng))
    elif region == "east_african":
        (a, a_native), (b, b_native), (c, c_native) = rng.sample(EAST_AFRICAN, 3)
        parts = (a, b, c)
        native = f"{a_native} {b_native} {c_native}"
    elif region == "chinese":
        surname, surname_native = rng.choice(CHINESE_SURNAMES)
        chosen = rng.sample(CHINESE_GIVEN, rng.choice((1, 2)))
        parts = (surname, "".join(s for s, _ in chosen).title())
        native = surname_native + "".join(n for _, n in chosen)
    else:
        parts = (rng.choice(EUROPEAN_GIVEN), _surname(rng, EUROPEAN_STEMS, EUROPEAN_ENDINGS))
    birth = (rng.randint(1950, 2005), rng.randint(1, 12), rng.randint(1, 28))
    return Person(person_id, region, parts, native, gender, birth, rng.random() < 0.1, nationality)
