"""Given and family names of cultures written in the Latin script, for demo persons.

Each pool is (style, male given names, female given names, family names), comma-separated.
A family name written `masculine/feminine` takes the form matching the person's gender.
Styles are explained in `pamoja.demo.names`.
"""

from __future__ import annotations

LATIN_POOLS: dict[str, tuple[str, str, str, str]] = {
    "swahili": (
        "given_family",
        "Juma,Baraka,Amani,Otieno,Kamau,Mwangi,Omondi,Kiprono,Mutua,Hamisi,Salim,Bakari,Wafula,"
        "Kibet,Brian,Kevin,Dennis,Collins,Emmanuel,Joseph",
        "Wanjiru,Achieng,Njeri,Wambui,Halima,Zawadi,Neema,Imani,Chebet,Akinyi,Mwanaisha,Rehema,"
        "Faith,Mercy,Grace,Esther,Nafula,Auma",
        "Mwangi,Otieno,Kamau,Odhiambo,Kariuki,Wanjala,Njoroge,Kiprotich,Mutai,Onyango,Ochieng,"
        "Mbwana,Salim,Mushi,Massawe,Kimaro,Omari,Juma,Mohamed,Wekesa,Cheruiyot,Kiplagat,Macharia,"
        "Ndungu,Mwakilema",
    ),
    "uganda": (
        "given_family",
        "Kato,Wasswa,Mukasa,Okello,Opio,Ssemakula,Tumusiime,Byaruhanga,Moses,Ronald,Isaac,Joseph",
        "Nakato,Babirye,Namubiru,Nansubuga,Akello,Atim,Kyomuhendo,Florence,Sarah,Harriet",
        "Mukasa,Ssemakula,Okello,Opio,Byaruhanga,Tumusiime,Kasozi,Lubega,Ssebunya,Nsubuga,Otim,"
        "Ochola,Mugisha,Musoke,Kigozi",
    ),
    "rwanda": (
        "given_family",
        "Jean de Dieu,Eric,Emmanuel,Olivier,Jean Bosco,Innocent,Patrick,Fabrice,Claude,Théogène",
        "Aline,Claudine,Uwase,Diane,Josiane,Jeanne,Solange,Vestine,Chantal,Alice",
        "Uwimana,Habimana,Niyonzima,Mugisha,Nshimiyimana,Mukamana,Ndayisaba,Hakizimana,Uwase,"
        "Niyitegeka,Bizimana,Munyaneza,Twagirimana,Nsengiyumva,Kayitesi,Uwamahoro",
    ),
    "somali": (
        "patronymic2",
        "Abdirahman,Abdullahi,Mohamed,Ahmed,Hassan,Abdi,Osman,Jama,Ismail,Farah,Warsame,Abdikarim,"
        "Yusuf,Ali,Omar,Said,Nuur,Hussein,Abdiweli,Guled,Mahad",
        "Hodan,Faadumo,Hawa,Ayaan,Amina,Sahra,Khadija,Asha,Ifrah,Nasra,Fartun,Deeqa,Halima,Ubah,"
        "Muna",
        "",
    ),
    "nigeria": (
        "given_family",
        "Adebayo,Oluwaseun,Babatunde,Adewale,Ayodele,Chinedu,Emeka,Obinna,Chukwuemeka,Ikenna,"
        "Abubakar,Musa,Aminu,Ibrahim,Yakubu,Sani,Tunde,Segun,Femi,Uche",
        "Folake,Funmilayo,Adaeze,Ngozi,Chiamaka,Nneka,Hauwa,Zainab,Aisha,Halima,Yetunde,Bisola,"
        "Titilayo,Amaka,Blessing,Kemi",
        "Adeyemi,Ogunleye,Balogun,Okonkwo,Eze,Nwosu,Okafor,Obi,Bello,Danjuma,Yakubu,Garba,"
        "Abdullahi,Adewale,Olatunji,Oyelaran,Chukwu,Onyeka,Lawal,Ibrahim,Mohammed,Usman,Okeke,"
        "Akande",
    ),
    "akan": (
        "given_family",
        "Kwame,Kofi,Yaw,Kwabena,Kwaku,Kwesi,Kojo,Nana,Kwadwo,Emmanuel,Samuel,Ebenezer",
        "Ama,Akosua,Efua,Abena,Adwoa,Afia,Esi,Yaa,Akua,Adjoa,Gifty,Comfort",
        "Mensah,Asante,Owusu,Boateng,Appiah,Osei,Agyeman,Darko,Amoah,Ofori,Acheampong,Addo,Quaye,"
        "Tetteh,Ansah,Danso",
    ),
    "west_francophone": (
        "given_family",
        "Mamadou,Ousmane,Ibrahima,Moussa,Seydou,Boubacar,Cheikh,Modou,Abdoulaye,Souleymane,Amadou,"
        "Lamine,Issa,Adama,Koffi,Kouassi,Yao,Sékou",
        "Aminata,Fatou,Awa,Mariama,Aïssatou,Kadiatou,Ramatoulaye,Ndèye,Fatoumata,Adjoa,Affoué,"
        "Mariam,Salimata,Rokia",
        "Diallo,Traoré,Diop,Ndiaye,Sow,Coulibaly,Konaté,Ouédraogo,Keïta,Kaboré,Sawadogo,Koné,Fall,"
        "Sarr,Gueye,Faye,Mbaye,Sy,Cissé,Touré,Camara,Bamba,Kouadio,Zongo,Hounkpatin,Agbodjan",
    ),
    "central_francophone": (
        "given_family",
        "Jean-Pierre,Patrice,Joseph,Félix,Serge,Brice,Paul,Christian,Alain,Blaise,Guy,Hervé",
        "Christelle,Grâce,Marie-Claire,Solange,Nadège,Pauline,Sandrine,Josiane,Clarisse,Esther,"
        "Odette",
        "Mbarga,Fouda,Essomba,Ngono,Kamga,Tchoumi,Nkoulou,Mukendi,Kabamba,Ilunga,Tshibangu,Kalala,"
        "Mbuyi,Kasongo,Lumbala,Mulumba,Kabongo,Ngoy,Tchatchoua,Atangana",
    ),
    "lusophone_africa": (
        "given_family",
        "João,José,António,Manuel,Paulo,Carlos,Domingos,Francisco,Armando,Eduardo,Lourenço,"
        "Fernando",
        "Ana,Maria,Joana,Luísa,Esperança,Rosa,Teresa,Isabel,Graça,Celeste,Felismina,Albertina",
        "dos Santos,Neto,Mabunda,Nhantumbo,Macuácua,Cossa,Tembe,Sitoe,Muianga,Kiala,Lourenço,"
        "Domingos,da Silva,Fernandes,Cumbe,Massingue,Langa,Sebastião",
    ),
    "southern": (
        "given_family",
        "Thabo,Sipho,Mandla,Themba,Kagiso,Tendai,Tatenda,Farai,Mulenga,Chanda,Bongani,Lwazi,"
        "Tshepo,Tapiwa",
        "Nomvula,Lerato,Palesa,Chipo,Rutendo,Nokuthula,Thandiwe,Naledi,Mutinta,Precious,Busisiwe,"
        "Tsitsi,Boitumelo",
        "Nkosi,Dlamini,Ndlovu,Mokoena,Khumalo,Moyo,Sibanda,Banda,Phiri,Mwale,Zulu,Mabaso,Mahlangu,"
        "Molefe,Ncube,Chikwanha,Mutasa,Tembo,Lungu,Mbewe,Nel,van der Merwe,Botha,Shikongo",
    ),
    "french": (
        "given_family",
        "Jean,Pierre,Nicolas,Julien,Lucas,Thomas,Antoine,Mathieu,Olivier,Sébastien,François,Hugo",
        "Marie,Sophie,Camille,Emma,Claire,Julie,Léa,Chloé,Isabelle,Nathalie,Manon,Céline",
        "Martin,Bernard,Dubois,Thomas,Robert,Richard,Petit,Durand,Leroy,Moreau,Simon,Laurent,"
        "Lefebvre,Michel,Garcia,Fontaine,Rousseau,Girard,Mercier",
    ),
    "benelux": (
        "given_family",
        "Daan,Sem,Bram,Lars,Jan,Pieter,Thijs,Wouter,Koen,Stijn,Tom,Jeroen",
        "Emma,Julia,Sanne,Lotte,Eva,Femke,Anouk,Lisa,Marieke,Els,Inge,Charlotte",
        "de Jong,Jansen,de Vries,van den Berg,van Dijk,Bakker,Visser,Janssens,Peeters,Maes,Jacobs,"
        "Mertens,Willems,Claes,Smit,Meijer,de Boer,Mulder,Lambert",
    ),
    "german": (
        "given_family",
        "Lukas,Jonas,Felix,Maximilian,Stefan,Andreas,Michael,Thomas,Jan,Tobias,Florian,Markus",
        "Anna,Lea,Laura,Katharina,Julia,Sabine,Petra,Sarah,Lena,Hannah,Claudia,Susanne",
        "Müller,Schmidt,Schneider,Fischer,Weber,Meyer,Wagner,Becker,Hoffmann,Schulz,Koch,Richter,"
        "Klein,Wolf,Schröder,Neumann,Schwarz,Zimmermann,Braun,Krüger",
    ),
    "italian": (
        "given_family",
        "Giuseppe,Marco,Luca,Alessandro,Matteo,Francesco,Andrea,Lorenzo,Davide,Salvatore,Giovanni,"
        "Antonio",
        "Giulia,Francesca,Chiara,Sara,Martina,Alessia,Valentina,Elena,Federica,Silvia,Anna,Maria",
        "Rossi,Russo,Ferrari,Esposito,Bianchi,Romano,Colombo,Ricci,Marino,Greco,Bruno,Gallo,Conti,"
        "De Luca,Costa,Giordano,Mancini,Rizzo,Lombardi,Moretti",
    ),
    "spanish": (
        "given_family2",
        "José,Juan,Carlos,Luis,Diego,Alejandro,Javier,Miguel,Jorge,Andrés,Fernando,Santiago,Mateo,"
        "Pablo",
        "María,Ana,Sofía,Valentina,Camila,Lucía,Isabel,Gabriela,Daniela,Paula,Carmen,Laura,Mariana",
        "García,Rodríguez,Martínez,López,González,Hernández,Pérez,Sánchez,Ramírez,Torres,Flores,"
        "Gómez,Díaz,Vargas,Castro,Romero,Morales,Ortiz,Ruiz,Jiménez,Moreno,Rojas",
    ),
    "lusophone": (
        "given_family2",
        "João,Pedro,Lucas,Gabriel,Rafael,Tiago,Miguel,Gustavo,Bruno,Rodrigo,André,Felipe",
        "Ana,Maria,Beatriz,Mariana,Juliana,Fernanda,Camila,Inês,Larissa,Sofia,Carolina,Patrícia",
        "Silva,Santos,Ferreira,Pereira,Costa,Oliveira,Rodrigues,Almeida,Martins,Sousa,Carvalho,"
        "Gomes,Ribeiro,Lima,Barbosa,Araújo,Cardoso,Teixeira,Moreira,Nunes",
    ),
    "polish": (
        "given_family",
        "Piotr,Krzysztof,Tomasz,Michał,Paweł,Marcin,Jakub,Łukasz,Andrzej,Kamil",
        "Anna,Katarzyna,Małgorzata,Agnieszka,Magdalena,Joanna,Ewa,Monika,Aleksandra,Zofia",
        "Nowak,Kowalski/Kowalska,Wiśniewski/Wiśniewska,Wójcik,Kamiński/Kamińska,"
        "Lewandowski/Lewandowska,Zieliński/Zielińska,Szymański/Szymańska,Woźniak,"
        "Dąbrowski/Dąbrowska,Kozłowski/Kozłowska,Mazur,Krawczyk",
    ),
    "swedish": (
        "given_family",
        "Erik,Lars,Karl,Johan,Anders,Per,Mikael,Oskar,Gustav,Nils",
        "Anna,Maria,Emma,Elin,Karin,Sara,Ingrid,Linnea,Maja,Astrid",
        "Andersson,Johansson,Karlsson,Nilsson,Eriksson,Larsson,Olsson,Persson,Svensson,Gustafsson,"
        "Lindqvist,Berg,Lindberg,Holm",
    ),
    "english": (
        "given_family",
        "James,John,Michael,David,Daniel,Robert,William,Matthew,Christopher,Andrew,Joshua,Ryan,"
        "Liam,Jack",
        "Sarah,Emily,Jessica,Olivia,Emma,Jennifer,Ashley,Charlotte,Amelia,Hannah,Laura,Rebecca,"
        "Chloe",
        "Smith,Johnson,Williams,Brown,Jones,Taylor,Wilson,Anderson,Thompson,White,Harris,Martin,"
        "Clark,Lewis,Walker,Young,Wright,Evans,Robinson,Hughes,Campbell,Mitchell",
    ),
    "indian": (
        "given_family",
        "Rahul,Amit,Suresh,Vijay,Deepak,Rajesh,Arjun,Sanjay,Anil,Ravi,Manoj,Karthik,Imran,Harpreet",
        "Priya,Anjali,Sunita,Pooja,Neha,Kavita,Lakshmi,Divya,Meera,Asha,Shalini,Fatima,Gurpreet",
        "Sharma,Patel,Singh,Kumar,Gupta,Reddy,Nair,Iyer,Das,Joshi,Mehta,Rao,Chopra,Khan,Verma,"
        "Yadav,Pillai,Bose,Menon,Shah",
    ),
    "indonesian": (
        "given_family",
        "Budi,Agus,Ahmad,Rizky,Dedi,Hendra,Eko,Joko,Andi,Wahyu,Fajar,Bambang",
        "Siti,Dewi,Sri,Nur,Putri,Rina,Indah,Wulan,Ayu,Fitri,Lestari,Ratna",
        "Santoso,Wijaya,Hidayat,Saputra,Setiawan,Kurniawan,Pratama,Nugroho,Susanto,Gunawan,"
        "Siregar,Hutapea,Simanjuntak,Sitompul,Wibowo",
    ),
    "malay": (
        "given_family",
        "Muhammad,Ahmad,Mohd Faizal,Hafiz,Azlan,Rizal,Syafiq,Amirul,Nabil,Kamal",
        "Nurul,Siti,Aishah,Farah,Nur Aina,Zarina,Liyana,Hidayah,Aminah,Syazwani",
        "bin Abdullah/binti Abdullah,bin Ismail/binti Ismail,bin Rahman/binti Rahman,"
        "bin Yusof/binti Yusof,bin Ibrahim/binti Ibrahim,bin Osman/binti Osman,"
        "bin Hamid/binti Hamid,bin Razak/binti Razak,bin Ali/binti Ali",
    ),
    "filipino": (
        "given_family",
        "Jose,Juan,Mark,John Paul,Christian,Jerome,Rommel,Ramon,Angelo,Carlo,Reynaldo",
        "Maria,Ana,Kristine,Mary Grace,Jasmine,Joy,Rowena,Maricel,Angelica,Lorna,Cristina,Rose",
        "Reyes,Santos,Cruz,Bautista,Garcia,Mendoza,dela Cruz,Ramos,Aquino,Villanueva,Castillo,"
        "Fernandez,Navarro,Gonzales,Torres,Domingo,Soriano,Mercado",
    ),
    "vietnamese": (
        "family_given",
        "Văn Minh,Đức Anh,Quang Huy,Minh Tuấn,Hoàng Long,Văn Hùng,Thanh Tùng,Quốc Bảo,Văn Nam,"
        "Hữu Phước",
        "Thị Lan,Thu Trang,Ngọc Anh,Thị Hương,Phương Linh,Thị Mai,Thanh Hằng,Bích Ngọc,Thị Hoa,"
        "Kim Chi",
        "Nguyễn,Trần,Lê,Phạm,Hoàng,Vũ,Đặng,Bùi,Đỗ,Hồ,Ngô,Dương,Lý",
    ),
    "khmer": (
        "family_given",
        "Dara,Vibol,Sokha,Sovann,Rithy,Visal,Piseth,Sambath,Vuthy,Chantha",
        "Sopheap,Chenda,Pisey,Sreymom,Bopha,Sokunthea,Channary,Raksmey,Kunthea,Sreyleak",
        "Sok,Chan,Keo,Heng,Lim,Meas,Chea,Kim,Nhem,Touch,Prak,Sao,Phan,Ouk",
    ),
    "burmese": (
        "single",
        "Aung,Kyaw,Zaw,Htun,Win,Myint,Min,Thein,Soe,Naing,Tun,Hla,Ko,Zin",
        "Thida,Nwe,Khin,Su,Ei,Myat,Thandar,Phyu,Yin,Hnin,Mya,Aye,Moe",
        "",
    ),
    "lao": (
        "given_family",
        "Souksavanh,Khamphone,Somsack,Bounmy,Vilaysak,Thongchanh,Phonesavanh,Sisouk",
        "Vilayvanh,Manivanh,Khanthaly,Phetsamone,Souphaphone,Chanthavy,Keomala,Davone",
        "Phommachanh,Sengsouvanh,Keomany,Sisavath,Vongsa,Inthavong,Phanthavong,Souvannavong,"
        "Xayavong,Chanthavong",
    ),
    "singapore": (
        "family_given",
        "Wei Ming,Jun Jie,Zhi Hao,Kai Wen,Jian Hui,Wei Liang,Boon Kiat,Teck Seng",
        "Jia Hui,Hui Min,Li Ting,Xin Yi,Mei Ling,Shu Fen,Pei Shan,Siew Ling",
        "Tan,Lim,Lee,Ng,Wong,Goh,Chua,Chan,Koh,Teo,Ong,Ang,Yeo,Tay",
    ),
}
