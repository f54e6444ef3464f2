"""Member countries of the demo and the regional bodies they belong to.

Each country carries what the generator needs to make plausible records for it: its cities
(the first is the seat of its national central bureau), the naming culture of its people, its
currency and a rough rate of that currency to the US dollar.

North African members (Egypt, Morocco, Algeria, Tunisia, Libya) sit in the Middle East/North
Africa region, as INTERPOL counts them, and are also AFRIPOL members.
"""

from __future__ import annotations

from dataclasses import dataclass

from pamoja.demo.values import DemoCountry, DemoRegionalBody
from pamoja.model.countries import Region


@dataclass(frozen=True, slots=True)
class CountryProfile:
    """A member country with the facts the generator draws on."""

    alpha3: str
    name: str
    region: Region
    cities: tuple[str, ...]
    culture: str
    currency: str
    units_per_usd: float
    weight: int
    """How many persons the country gets relative to others (Africa is weighted up)."""

    def as_country(self) -> DemoCountry:
        return DemoCountry(self.alpha3, self.name, self.region)


_REGIONS = {
    "AF": Region.AFRICA,
    "AM": Region.AMERICAS,
    "AS": Region.ASIA_SOUTH_PACIFIC,
    "EU": Region.EUROPE,
    "ME": Region.MIDDLE_EAST_NORTH_AFRICA,
}

# alpha3|name|region|currency and units per USD|weight|naming culture|cities (NCB seat first)
_TABLE = """
KEN|Kenya|AF|KES 129|6|swahili|Nairobi,Mombasa,Kisumu,Nakuru,Eldoret,Garissa,Namanga
TZA|Tanzania|AF|TZS 2600|4|swahili|Dar es Salaam,Dodoma,Arusha,Mwanza,Zanzibar
UGA|Uganda|AF|UGX 3700|4|uganda|Kampala,Entebbe,Gulu,Jinja,Mbarara,Busia
RWA|Rwanda|AF|RWF 1300|3|rwanda|Kigali,Huye,Rubavu,Musanze
ETH|Ethiopia|AF|ETB 120|5|ethiopic|Addis Ababa,Dire Dawa,Mekelle,Gondar,Bahir Dar,Hawassa,Moyale
ERI|Eritrea|AF|ERN 15|2|ethiopic|Asmara,Massawa,Keren
SOM|Somalia|AF|SOS 570|3|somali|Mogadishu,Hargeisa,Kismayo,Bosaso,Baidoa
SDN|Sudan|AF|SDG 600|3|arabic|Khartoum,Omdurman,Port Sudan,Kassala,Nyala
NGA|Nigeria|AF|NGN 1550|6|nigeria|Abuja,Lagos,Kano,Ibadan,Port Harcourt,Kaduna,Enugu,Seme
GHA|Ghana|AF|GHS 15|4|akan|Accra,Kumasi,Tamale,Takoradi,Cape Coast,Aflao
SEN|Senegal|AF|XOF 600|3|west_francophone|Dakar,Saint-Louis,Thiès,Touba,Ziguinchor
CIV|Côte d'Ivoire|AF|XOF 600|3|west_francophone|Abidjan,Yamoussoukro,Bouaké,San-Pédro,Korhogo
MLI|Mali|AF|XOF 600|3|west_francophone|Bamako,Timbuktu,Gao,Mopti,Kayes
NER|Niger|AF|XOF 600|2|west_francophone|Niamey,Agadez,Zinder,Maradi
BFA|Burkina Faso|AF|XOF 600|2|west_francophone|Ouagadougou,Bobo-Dioulasso,Koudougou
BEN|Benin|AF|XOF 600|2|west_francophone|Cotonou,Porto-Novo,Parakou
TGO|Togo|AF|XOF 600|2|west_francophone|Lomé,Sokodé,Kara
CMR|Cameroon|AF|XAF 600|3|central_francophone|Yaoundé,Douala,Garoua,Bamenda
COD|DR Congo|AF|CDF 2800|4|central_francophone|Kinshasa,Lubumbashi,Goma,Kisangani,Bukavu
AGO|Angola|AF|AOA 900|3|lusophone_africa|Luanda,Huambo,Lobito,Benguela
MOZ|Mozambique|AF|MZN 64|3|lusophone_africa|Maputo,Beira,Nampula,Pemba
ZMB|Zambia|AF|ZMW 27|3|southern|Lusaka,Ndola,Kitwe,Livingstone
ZWE|Zimbabwe|AF|USD 1|3|southern|Harare,Bulawayo,Mutare,Beitbridge
ZAF|South Africa|AF|ZAR 18|5|southern|Pretoria,Johannesburg,Cape Town,Durban,Gqeberha,Musina
BWA|Botswana|AF|BWP 13.5|2|southern|Gaborone,Francistown,Maun
NAM|Namibia|AF|NAD 18|2|southern|Windhoek,Walvis Bay,Oshakati
EGY|Egypt|ME|EGP 49|4|arabic|Cairo,Alexandria,Giza,Port Said,Aswan,Luxor
MAR|Morocco|ME|MAD 10|3|arabic|Rabat,Casablanca,Marrakesh,Tangier,Fes
DZA|Algeria|ME|DZD 135|3|arabic|Algiers,Oran,Constantine,Annaba
TUN|Tunisia|ME|TND 3.1|2|arabic|Tunis,Sfax,Sousse
LBY|Libya|ME|LYD 4.8|2|arabic|Tripoli,Benghazi,Misrata
SAU|Saudi Arabia|ME|SAR 3.75|2|arabic|Riyadh,Jeddah,Dammam,Mecca
ARE|United Arab Emirates|ME|AED 3.67|2|arabic|Abu Dhabi,Dubai,Sharjah
QAT|Qatar|ME|QAR 3.64|1|arabic|Doha,Al Wakrah
KWT|Kuwait|ME|KWD 0.31|1|arabic|Kuwait City,Al Ahmadi
BHR|Bahrain|ME|BHD 0.376|1|arabic|Manama,Muharraq
OMN|Oman|ME|OMR 0.385|1|arabic|Muscat,Salalah,Sohar
JOR|Jordan|ME|JOD 0.71|1|arabic|Amman,Zarqa,Irbid,Aqaba
LBN|Lebanon|ME|LBP 89500|1|arabic|Beirut,Tripoli,Sidon
IRQ|Iraq|ME|IQD 1310|1|arabic|Baghdad,Basra,Mosul,Erbil
FRA|France|EU|EUR 0.92|1|french|Paris,Marseille,Lyon,Toulouse,Nice
BEL|Belgium|EU|EUR 0.92|1|benelux|Brussels,Antwerp,Ghent,Liège
NLD|Netherlands|EU|EUR 0.92|1|benelux|The Hague,Amsterdam,Rotterdam,Utrecht
DEU|Germany|EU|EUR 0.92|1|german|Wiesbaden,Berlin,Hamburg,Munich,Cologne,Frankfurt
ITA|Italy|EU|EUR 0.92|1|italian|Rome,Milan,Naples,Turin,Palermo
ESP|Spain|EU|EUR 0.92|1|spanish|Madrid,Barcelona,Valencia,Seville,Málaga
PRT|Portugal|EU|EUR 0.92|1|lusophone|Lisbon,Porto,Braga,Faro
POL|Poland|EU|PLN 4.0|1|polish|Warsaw,Kraków,Gdańsk,Wrocław
SWE|Sweden|EU|SEK 10.5|1|swedish|Stockholm,Gothenburg,Malmö
GBR|United Kingdom|EU|GBP 0.79|1|english|London,Manchester,Birmingham,Glasgow
RUS|Russia|EU|RUB 90|2|russian|Moscow,Saint Petersburg,Novosibirsk,Yekaterinburg,Kazan
UKR|Ukraine|EU|UAH 41|1|ukrainian|Kyiv,Kharkiv,Odesa,Lviv,Dnipro
SRB|Serbia|EU|RSD 108|1|serbian|Belgrade,Novi Sad,Niš
CHN|China|AS|CNY 7.2|3|chinese|Beijing,Shanghai,Guangzhou,Shenzhen,Kunming
JPN|Japan|AS|JPY 150|1|japanese|Tokyo,Osaka,Yokohama,Fukuoka
KOR|South Korea|AS|KRW 1380|1|korean|Seoul,Busan,Incheon,Daegu
IND|India|AS|INR 84|2|indian|New Delhi,Mumbai,Bengaluru,Chennai,Kolkata
IDN|Indonesia|AS|IDR 15800|1|indonesian|Jakarta,Surabaya,Bandung,Medan,Denpasar
MYS|Malaysia|AS|MYR 4.5|1|malay|Kuala Lumpur,Penang,Johor Bahru,Kota Kinabalu
THA|Thailand|AS|THB 35|1|thai|Bangkok,Chiang Mai,Pattaya,Phuket,Mae Sot
PHL|Philippines|AS|PHP 57|1|filipino|Manila,Cebu,Davao,Quezon City
VNM|Vietnam|AS|VND 25000|1|vietnamese|Hanoi,Ho Chi Minh City,Da Nang,Hai Phong
KHM|Cambodia|AS|KHR 4100|1|khmer|Phnom Penh,Sihanoukville,Siem Reap,Bavet
MMR|Myanmar|AS|MMK 2100|1|burmese|Naypyidaw,Yangon,Mandalay,Myawaddy
LAO|Laos|AS|LAK 21000|1|lao|Vientiane,Luang Prabang,Pakse,Ton Pheung
SGP|Singapore|AS|SGD 1.35|1|singapore|Singapore
AUS|Australia|AS|AUD 1.5|1|english|Canberra,Sydney,Melbourne,Brisbane,Perth
KAZ|Kazakhstan|AS|KZT 480|1|kazakh|Astana,Almaty,Shymkent,Karaganda
USA|United States|AM|USD 1|1|english|Washington,New York,Miami,Houston,Los Angeles
CAN|Canada|AM|CAD 1.37|1|english|Ottawa,Toronto,Montreal,Vancouver
MEX|Mexico|AM|MXN 18|1|spanish|Mexico City,Guadalajara,Monterrey,Tijuana,Cancún
COL|Colombia|AM|COP 4100|1|spanish|Bogotá,Medellín,Cali,Barranquilla,Cartagena
BRA|Brazil|AM|BRL 5.5|2|lusophone|Brasília,São Paulo,Rio de Janeiro,Salvador,Recife
ARG|Argentina|AM|ARS 950|1|spanish|Buenos Aires,Córdoba,Rosario,Mendoza
PER|Peru|AM|PEN 3.75|1|spanish|Lima,Arequipa,Cusco,Trujillo
CHL|Chile|AM|CLP 940|1|spanish|Santiago,Valparaíso,Antofagasta,Concepción
"""


def _parse_profiles(table: str) -> tuple[CountryProfile, ...]:
    profiles = []
    for line in table.strip().splitlines():
        alpha3, name, region, money, weight, culture, cities = line.split("|")
        currency, rate = money.split()
        profiles.append(
            CountryProfile(
                alpha3=alpha3,
                name=name,
                region=_REGIONS[region],
                cities=tuple(cities.split(",")),
                culture=culture,
                currency=currency,
                units_per_usd=float(rate),
                weight=int(weight),
            )
        )
    return tuple(profiles)


PROFILES = _parse_profiles(_TABLE)
PROFILE_BY_CODE: dict[str, CountryProfile] = {profile.alpha3: profile for profile in PROFILES}
COUNTRIES: tuple[DemoCountry, ...] = tuple(profile.as_country() for profile in PROFILES)


def _in_region(*regions: Region) -> tuple[str, ...]:
    return tuple(p.alpha3 for p in PROFILES if p.region in regions)


_AFRICAN_UNION = (*_in_region(Region.AFRICA), "EGY", "MAR", "DZA", "TUN", "LBY")

REGIONAL_BODIES: tuple[DemoRegionalBody, ...] = (
    DemoRegionalBody("AFRIPOL", "African Union Mechanism for Police Cooperation", _AFRICAN_UNION),
    DemoRegionalBody(
        "EAPCCO",
        "Eastern Africa Police Chiefs Cooperation Organisation",
        ("KEN", "TZA", "UGA", "RWA", "ETH", "ERI", "SOM", "SDN", "EGY"),
    ),
    DemoRegionalBody(
        "SARPCCO",
        "Southern African Regional Police Chiefs Cooperation Organisation",
        ("AGO", "BWA", "COD", "MOZ", "NAM", "TZA", "ZAF", "ZMB", "ZWE"),
    ),
    DemoRegionalBody(
        "WAPCCO",
        "West African Police Chiefs Committee",
        ("BEN", "BFA", "CIV", "GHA", "MLI", "NER", "NGA", "SEN", "TGO"),
    ),
    DemoRegionalBody(
        "ASEANAPOL",
        "ASEAN Chiefs of National Police",
        ("IDN", "KHM", "LAO", "MMR", "MYS", "PHL", "SGP", "THA", "VNM"),
    ),
    DemoRegionalBody(
        "EUROPOL",
        "European Union Agency for Law Enforcement Cooperation",
        ("BEL", "DEU", "ESP", "FRA", "ITA", "NLD", "POL", "PRT", "SWE"),
    ),
    DemoRegionalBody(
        "GCC-POL",
        "Gulf Cooperation Council Police",
        ("ARE", "BHR", "KWT", "OMN", "QAT", "SAU"),
    ),
    DemoRegionalBody("AMERIPOL", "Police Community of the Americas", _in_region(Region.AMERICAS)),
)

BODIES_OF_COUNTRY: dict[str, tuple[str, ...]] = {
    profile.alpha3: tuple(b.code for b in REGIONAL_BODIES if profile.alpha3 in b.members)
    for profile in PROFILES
}
