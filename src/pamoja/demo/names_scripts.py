"""Names of cultures written in Arabic, Ethiopic, Cyrillic, CJK, Hangul and Thai scripts.

Each pool is (style, male given names, female given names, family names), comma-separated.
Every name is `native=Latin` with further Latin spellings after `;` (the first is the usual
transliteration); a family name written `masculine/feminine` takes the form matching the
person's gender. Styles are explained in `pamoja.demo.names`.
"""

from __future__ import annotations

SCRIPT_POOLS: dict[str, tuple[str, str, str, str]] = {
    "arabic": (
        "patronymic1_family",
        "محمد=Mohammed;Mohamed;Muhammad,أحمد=Ahmed;Ahmad,علي=Ali,عمر=Omar;Umar,"
        "خالد=Khaled;Khalid,يوسف=Youssef;Yusuf;Yousef,إبراهيم=Ibrahim;Ebrahim,حسن=Hassan;Hasan,"
        "حسين=Hussein;Hussain,مصطفى=Mostafa;Mustafa,عبد الله=Abdullah;Abdallah,"
        "عبد الرحمن=Abdulrahman;Abderrahmane;Abdelrahman,طارق=Tarek;Tariq,سعيد=Said;Saeed,"
        "كريم=Karim;Kareem,محمود=Mahmoud;Mahmud,ياسين=Yassine;Yasin,"
        "سليمان=Suleiman;Slimane;Sulayman,عثمان=Osman;Othman,إدريس=Idris;Driss",
        "فاطمة=Fatima;Fatma;Fatimah,عائشة=Aisha;Aicha,مريم=Mariam;Maryam;Meryem,"
        "خديجة=Khadija;Khadidja,زينب=Zeinab;Zainab,نور=Nour;Noor,ليلى=Layla;Leila,سارة=Sara;Sarah,"
        "هدى=Hoda;Huda,أمينة=Amina;Aminah,سلمى=Salma,رانيا=Rania",
        "المصري=El-Masry;Al-Masri,بن علي=Ben Ali,الحسني=El Hassani;Al-Hasani,بوزيد=Bouzid,"
        "العلوي=Alaoui;Al-Alawi,الشريف=El Sherif;Al-Sharif,منصور=Mansour;Mansur,حداد=Haddad,"
        "السيد=El Sayed;Al-Sayed,القحطاني=Al-Qahtani,الهاشمي=Al-Hashimi,الزهراني=Al-Zahrani,"
        "بن سالم=Ben Salem,التميمي=Al-Tamimi,الخطيب=Al-Khatib;El Khatib,الشمري=Al-Shammari,"
        "النجار=El-Naggar;Al-Najjar,الفاسي=El Fassi,بلقاسم=Belkacem",
    ),
    "ethiopic": (
        "patronymic1",
        "አበበ=Abebe,ከበደ=Kebede,ተስፋዬ=Tesfaye,ዮሐንስ=Yohannes,ሄኖክ=Henok,ብርሃኑ=Birhanu;Berhanu,"
        "ታደሰ=Tadesse,ግርማ=Girma,ደረጀ=Dereje,ለማ=Lemma,ኃይሌ=Haile,ገብረመድህን=Gebremedhin,"
        "ወልደማርያም=Woldemariam;Wolde Mariam,ዳዊት=Dawit,ሙሉጌታ=Mulugeta,በቀለ=Bekele,ሰለሞን=Solomon,"
        "ተወልደ=Tewolde,ሚካኤል=Mikael,አማኑኤል=Amanuel,ፍቅሬ=Fikre,ጌታቸው=Getachew",
        "አልማዝ=Almaz,ፀሐይ=Tsehay,መሰረት=Meseret,ሰላም=Selam,ትዕግስት=Tigist,ብርቱካን=Birtukan,ገነት=Genet,"
        "ሰናይት=Senait,ሄለን=Helen,ማርታ=Marta,ቤተልሔም=Bethlehem;Betelhem,ሕይወት=Hiwot,ፋሲካ=Fasika,"
        "ራሔል=Rahel",
        "",
    ),
    "russian": (
        "given_family",
        "Иван=Ivan,Алексей=Aleksei;Alexey,Дмитрий=Dmitrii;Dmitry,Сергей=Sergei;Sergey,"
        "Андрей=Andrei;Andrey,Николай=Nikolai;Nikolay,Михаил=Mikhail,Владимир=Vladimir,"
        "Павел=Pavel,Артём=Artem;Artyom,Максим=Maksim;Maxim,Евгений=Evgenii;Yevgeny",
        "Ольга=Olga,Анна=Anna,Елена=Elena;Yelena,Наталья=Natalia;Natalya,Мария=Maria;Mariya,"
        "Татьяна=Tatiana;Tatyana,Ирина=Irina,Светлана=Svetlana,Екатерина=Ekaterina;Yekaterina,"
        "Юлия=Iuliia;Yulia",
        "Иванов=Ivanov/Иванова=Ivanova,Смирнов=Smirnov/Смирнова=Smirnova,"
        "Кузнецов=Kuznetsov/Кузнецова=Kuznetsova,Попов=Popov/Попова=Popova,"
        "Соколов=Sokolov/Соколова=Sokolova,Волков=Volkov/Волкова=Volkova,"
        "Морозов=Morozov/Морозова=Morozova,Новиков=Novikov/Новикова=Novikova,"
        "Козлов=Kozlov/Козлова=Kozlova,Лебедев=Lebedev/Лебедева=Lebedeva,"
        "Петров=Petrov/Петрова=Petrova,Орлов=Orlov/Орлова=Orlova",
    ),
    "ukrainian": (
        "given_family",
        "Олександр=Oleksandr,Андрій=Andrii;Andriy,Тарас=Taras,Богдан=Bohdan,Дмитро=Dmytro,"
        "Іван=Ivan,Віктор=Viktor,Сергій=Serhii;Serhiy,Микола=Mykola,Юрій=Yurii;Yuriy",
        "Олена=Olena,Оксана=Oksana,Юлія=Yuliia;Yulia,Наталія=Nataliia,Ірина=Iryna,"
        "Тетяна=Tetiana,Марія=Mariia,Світлана=Svitlana,Галина=Halyna,Катерина=Kateryna",
        "Шевченко=Shevchenko,Коваленко=Kovalenko,Бондаренко=Bondarenko,Мельник=Melnyk,"
        "Ткаченко=Tkachenko,Кравченко=Kravchenko,Олійник=Oliinyk,Шевчук=Shevchuk,"
        "Поліщук=Polishchuk,Бойко=Boiko;Boyko,Коваль=Koval,Лисенко=Lysenko",
    ),
    "serbian": (
        "given_family",
        "Марко=Marko,Никола=Nikola,Милош=Miloš;Milos,Стефан=Stefan,Лазар=Lazar,Душан=Dušan;Dusan,"
        "Александар=Aleksandar,Немања=Nemanja,Вук=Vuk",
        "Јована=Jovana,Ана=Ana,Драгана=Dragana,Милица=Milica,Јелена=Jelena,Марија=Marija,"
        "Тамара=Tamara,Снежана=Snežana;Snezana",
        "Јовановић=Jovanović;Jovanovic,Петровић=Petrović;Petrovic,Николић=Nikolić;Nikolic,"
        "Марковић=Marković;Markovic,Ђорђевић=Đorđević;Djordjevic,Стојановић=Stojanović;Stojanovic,"
        "Илић=Ilić;Ilic,Станковић=Stanković;Stankovic,Павловић=Pavlović;Pavlovic",
    ),
    "kazakh": (
        "given_family",
        "Нурлан=Nurlan,Ерлан=Yerlan;Erlan,Данияр=Daniyar,Асхат=Askhat,Арман=Arman,Болат=Bolat,"
        "Санжар=Sanzhar,Ержан=Yerzhan",
        "Асель=Assel;Asel,Айгерим=Aigerim,Динара=Dinara,Гульнара=Gulnara,Жанар=Zhanar,"
        "Сауле=Saule,Камила=Kamila",
        "Ахметов=Akhmetov/Ахметова=Akhmetova,Садыков=Sadykov/Садыкова=Sadykova,"
        "Жумабаев=Zhumabayev/Жумабаева=Zhumabayeva,Нурланов=Nurlanov/Нурланова=Nurlanova,"
        "Искаков=Iskakov/Искакова=Iskakova,Оспанов=Ospanov/Оспанова=Ospanova,"
        "Касымов=Kassymov/Касымова=Kassymova",
    ),
    "chinese": (
        "family_given_joined",
        "伟=Wei,强=Qiang,磊=Lei,军=Jun,勇=Yong,杰=Jie,涛=Tao,明=Ming,超=Chao,刚=Gang,建华=Jianhua,"
        "志强=Zhiqiang,海涛=Haitao,俊杰=Junjie,浩然=Haoran",
        "芳=Fang,娜=Na,秀英=Xiuying,敏=Min,静=Jing,丽=Li,艳=Yan,娟=Juan,霞=Xia,秀兰=Xiulan,婷=Ting,"
        "雪=Xue,慧敏=Huimin,美玲=Meiling",
        "王=Wang,李=Li;Lee,张=Zhang;Chang,刘=Liu,陈=Chen;Chan,杨=Yang,黄=Huang;Wong,赵=Zhao,吴=Wu,"
        "周=Zhou;Chow,徐=Xu,孙=Sun,林=Lin;Lam,郭=Guo,何=He;Ho,马=Ma",
    ),
    "japanese": (
        "japanese",
        "翔太=Shota,大輔=Daisuke,健太=Kenta,拓也=Takuya,誠=Makoto,浩=Hiroshi,健一=Kenichi,"
        "隆=Takashi,大樹=Daiki,直樹=Naoki",
        "陽子=Yoko,美咲=Misaki,由美=Yumi,恵子=Keiko,愛=Ai,さくら=Sakura,結衣=Yui,明美=Akemi,"
        "裕子=Yuko,真由美=Mayumi",
        "佐藤=Sato;Satou,鈴木=Suzuki,高橋=Takahashi,田中=Tanaka,渡辺=Watanabe,伊藤=Ito;Itoh,"
        "山本=Yamamoto,中村=Nakamura,小林=Kobayashi,加藤=Kato,吉田=Yoshida,山田=Yamada",
    ),
    "korean": (
        "family_given_joined",
        "민준=Min-jun,서준=Seo-jun,지훈=Ji-hoon,현우=Hyun-woo,동현=Dong-hyun,성민=Sung-min,"
        "준호=Jun-ho,영수=Young-soo",
        "서연=Seo-yeon,지은=Ji-eun,수빈=Su-bin,민지=Min-ji,하은=Ha-eun,지영=Ji-young,은지=Eun-ji,"
        "유진=Yu-jin",
        "김=Kim,이=Lee;Yi,박=Park;Pak,최=Choi,정=Jung;Jeong,강=Kang,조=Cho,윤=Yoon,장=Jang,임=Lim",
    ),
    "thai": (
        "given_family",
        "สมชาย=Somchai,สมศักดิ์=Somsak,ประเสริฐ=Prasert,วิชัย=Wichai;Vichai,อนุชา=Anucha,"
        "ธนพล=Thanaphon,สุรชัย=Surachai,ณัฐพล=Natthaphon",
        "สมหญิง=Somying,มาลี=Malee,ปราณี=Pranee,สุดา=Suda,กัญญา=Kanya,นภา=Napha,วรรณา=Wanna,"
        "ศิริพร=Siriporn",
        "แสงทอง=Saengthong,ศรีสุข=Srisuk,วงศ์สวัสดิ์=Wongsawat,บุญมา=Boonma,จันทร์เพ็ญ=Chanphen,"
        "สุขสวัสดิ์=Suksawat,ทองดี=Thongdee,รัตนพันธ์=Rattanaphan",
    ),
}
