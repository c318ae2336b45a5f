"""A labelled set for name detection: a registry, statements, and what must be found.

Written for this benchmark (not the tests' sample case): a fictional case with witnesses,
victims, an interviewer and an interpreter (protected by every anonymized profile), and
perpetrators and facilities (named by the ``government`` profile, so they must never be
proposed for it). Each person is registered the way a field office would: in one or two
scripts only. The statements mention them in English, Russian, Armenian and
Azerbaijani, with case endings, transliteration variants, short forms, surnames alone in
another script, and words that look like names.

Markup in ``PARAGRAPHS``: ``{W-001:Оганесяна}`` is an occurrence of the protected person
with that code, ``{P:...}`` a perpetrator, ``{F:...}`` a facility. Unmarked text must not
be proposed. ``labelled()`` strips the markup and returns the plain statements with the
spans.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from vault.redact import ProtectedName

# code -> names as registered (primary name, then aliases), role.
PROTECTED: dict[str, tuple[str, ...]] = {
    "W-001": ("Armen Hovhannisyan", "Արմեն Հովհաննիսյան"),
    "W-002": ("Lusine Hakobyan",),
    "V-001": ("Gor Karapetyan",),
    "V-002": ("Leyla Hüseynova",),
    "W-003": ("Məmməd Əliyev",),
    "W-004": ("Ruzanna Tsarukyan",),
    "W-005": ("Anahit Sahakyan",),
    "V-003": ("Александр Волков",),
    "W-006": ("Ekaterina Smirnova",),
    "V-004": ("Çingiz Ağayev",),
    "W-007": ("Gülnarə Məmmədli",),
    "W-008": ("İlqar Rəhimov",),
    "V-005": ("Михаил Орлов",),
    "I-001": ("Hovhannes Petrosyan",),
    "T-001": ("Nigar Qasımova",),
    "V-006": ("Konstantin Zaitsev",),
    "W-009": ("Samvel Harutyunyan",),
    "W-010": ("Tatevik Grigoryan", "Տաթևիկ Գրիգորյան"),
    "V-007": ("Rəşad Hacıyev",),
}
PERPETRATORS: dict[str, tuple[str, ...]] = {
    "P-001": ("Teymur Nadirzadə",),
    "P-002": ("Vüqar Həsənov",),
    "P-003": ("Сергей Козлов",),
    "P-004": ("Artak Mkrtchyan",),
    "P-005": ("Ramil Quliyev",),
    "P-006": ("Elçin Məmmədov",),
    "P-007": ("Karen Hakobov",),
}
FACILITIES: tuple[str, ...] = (
    "Nubarashen Penitentiary",
    "Gobustan Prison",
    "Kentron Police Department",
    "Bayıl İstintaq Təcridxanası",
    "Lefortovo",
)

# (language, paragraph). Language decides the script bucket of Latin occurrences: "az"
# is Azerbaijani, anything else Latin; Cyrillic and Armenian letters decide their own.
PARAGRAPHS: tuple[tuple[str, str], ...] = (
    # --- English
    (
        "en",
        "On 12 March {W-001:Armen Hovhannisyan} was stopped at the checkpoint near "
        "Goris. {W-001:Hovhannisyan} told us the officers took his passport.",
    ),
    (
        "en",
        "{W-002:Lusine} said that {W-002:Hakobyan}'s brother was detained too; "
        "Ms {W-002:Hakobyan} heard it from a neighbour.",
    ),
    (
        "en",
        "We met {V-001:Gor} in the yard. {V-001:Karapetyan's} face was swollen, and "
        "the gore on his shirt had dried.",
    ),
    (
        "en",
        "According to {V-002:Leyla Huseynova}, the guard, {P:Vugar Hasanov}, beat "
        "{V-002:Huseynova} with a baton in {F:Gobustan Prison}.",
    ),
    (
        "en",
        "{W-003:Mamed Aliyev} (also written {W-003:Mammad Aliyev}) saw "
        "{P:Teymur Nadirzade} sign the order. {W-003:Aliev} kept a copy.",
    ),
    (
        "en",
        "{W-004:Ruzan} - that is what everyone calls {W-004:Ruzanna Tsarukyan} - "
        "was interviewed twice. {W-004:Tsarukian} asked for her name to be withheld.",
    ),
    (
        "en",
        "{W-005:Ano} (her family's name for {W-005:Anahit}) brought food to "
        "{F:Nubarashen Penitentiary}; {W-005:Sahakian} was turned away at the gate.",
    ),
    (
        "en",
        "{V-003:Sasha} - {V-003:Alexander Volkov} - was held in {F:Lefortovo}. "
        "{V-003:Volkov} said {P:Sergei Kozlov} led the interrogations.",
    ),
    (
        "en",
        "{W-006:Katya} and {W-006:Yekaterina Smirnova} are the same person; "
        "{W-006:Smirnova} prefers {W-006:Katya}.",
    ),
    (
        "en",
        "{V-004:Chingiz} was beaten in {F:Bayil} pre-trial detention; "
        "{V-004:Chingiz Agayev} named {P:Ramil Guliyev} as the officer. {V-004:Aghayev} "
        "lost two teeth.",
    ),
    (
        "en",
        "{W-007:Gulnara Mammadli} is a teacher. {W-007:Gulnara} saw {P:Elchin "
        "Mammadov} at the station; {W-007:Mammedli} is sure of it.",
    ),
    (
        "en",
        "{W-008:Ilgar Rahimov} and {W-008:Ilqar} are one witness: {W-008:Rahimov} "
        "uses both spellings.",
    ),
    (
        "en",
        "{V-005:Misha} ({V-005:Mikhail Orlov}) was released on bail. "
        "{V-005:Orlov} has since left the country.",
    ),
    (
        "en",
        "The interview was led by {I-001:Hovhannes Petrosyan}; {I-001:Hovo}, as "
        "colleagues call him, took notes. {I-001:Petrosian} signed each page.",
    ),
    (
        "en",
        "{T-001:Nigar Gasimova} interpreted. {T-001:Gasimova} corrected one date; "
        "{T-001:Nigar} read the statement back.",
    ),
    (
        "en",
        "{V-006:Kostya} ({V-006:Konstantin Zaytsev}) had a broken arm. Will any "
        "doctor confirm it? {V-006:Zaitsev} says May is too late.",
    ),
    (
        "en",
        "{W-009:Samvel Harutiunian} and {W-009:Samo} are one person; "
        "{W-009:Harutyunyan} gave the names of three guards.",
    ),
    (
        "en",
        "{W-010:Tatevik Krikorian} (Eastern spelling {W-010:Grigoryan}) saw "
        "{P:Artak Mkrtchyan} in uniform. {W-010:Tatevik} was ten metres away.",
    ),
    (
        "en",
        "{V-007:Rashad Hajiyev} was taken from his home. {V-007:Hajiyev}'s wife "
        "called {V-007:Rashad} every hour; {P:Karen Hakobov} answered once.",
    ),
    (
        "en",
        "In the {F:Kentron Police Department}, {W-001:Armen} and {W-009:Samvel} were "
        "kept apart. Any news reached them late; Gore Street was closed.",
    ),
    (
        "en",
        "{W-003:Alijev} is how the German embassy wrote {W-003:Aliyev}; "
        "{W-003:Alyev} appears in one fax.",
    ),
    ("en", "{W-007:Gulya} ({W-007:Gulnara}) and {W-002:Lusik} were in the same cell."),
    # --- Russian
    (
        "ru",
        "{W-001:Оганесян} был задержан на блокпосту. По словам {W-001:Оганесяна}, "
        "паспорт забрали. С {W-001:Оганесяном} был его брат.",
    ),
    (
        "ru",
        "{W-002:Акопян} рассказала, что {W-002:Люсине} держали двое суток. "
        "{W-002:Лусине Акопян} опознала {P:Карена Акобова}.",
    ),
    (
        "ru",
        "{V-001:Карапетян} потерял сознание. {V-001:Карапетяна} отвезли в больницу, "
        "врач осмотрел {V-001:Гора Карапетяна} только утром.",
    ),
    (
        "ru",
        "{V-002:Гусейнова} показала синяки. {V-002:Лейлу Гусейнову} допрашивал "
        "{P:Вугар Гасанов} в {F:Гобустанской тюрьме}.",
    ),
    (
        "ru",
        "{W-003:Мамед Алиев} видел, как {P:Теймур Надирзаде} подписал приказ. "
        "{W-003:Алиеву} угрожали, {W-003:Мамеда} избили.",
    ),
    (
        "ru",
        "{W-004:Рузан} и {W-004:Рузанна Царукян} - одно лицо. "
        "{W-004:Царукян} просила не называть её.",
    ),
    (
        "ru",
        "{W-005:Анаит Саакян} носила передачи. {W-005:Саакян} не пустили, "
        "а {W-005:Ано} ждала у ворот {F:Нубарашенской тюрьмы}.",
    ),
    (
        "ru",
        "{V-003:Сашу} задержали первым. {V-003:Саша} сказал, что {V-003:Волкова} "
        "били. Алло, кричал кто-то в трубку. С {V-003:Сашей} был {V-005:Миша}.",
    ),
    (
        "ru",
        "{V-003:Сашка} ({V-003:Александр Волков}) видел {P:Сергея Козлова} в "
        "{F:Лефортово}. {V-003:Волковым} занимался {P:Козлов} лично.",
    ),
    (
        "ru",
        "{W-006:Катя Смирнова}? Да, {W-006:Катю} вызывали трижды. "
        "{W-006:Екатерину Смирнову} допрашивали ночью, {W-006:Кати} не было дома.",
    ),
    (
        "ru",
        "{V-004:Чингиз Агаев} назвал {P:Рамиля Кулиева}. {V-004:Агаеву} сломали "
        "рёбра, {V-004:Чингиза} держали в {F:Баиле}.",
    ),
    (
        "ru",
        "{W-007:Гюльнара Мамедли} преподаёт в школе. {W-007:Гюльнару} вызвали "
        "свидетелем, {W-007:Мамедли} видела {P:Эльчина Мамедова}.",
    ),
    (
        "ru",
        "{W-008:Ильгар Рагимов} подтвердил показания. {W-008:Рагимова} "
        "отпустили, {W-008:Ильгару} вернули телефон.",
    ),
    (
        "ru",
        "{V-005:Михаил Орлов} получил травму. {V-005:Мишу} отвезли в больницу, "
        "{V-005:Орлова} навещала мать. С {V-005:Мишей} был врач.",
    ),
    (
        "ru",
        "Беседу вёл {I-001:Оганес Петросян}. {I-001:Петросяну} помогала "
        "{T-001:Нигяр Касумова}; {T-001:Нигяр} переводила с азербайджанского.",
    ),
    (
        "ru",
        "{V-006:Костя Зайцев}? {V-006:Константина Зайцева} избили. Кости были "
        "сломаны, {V-006:Зайцеву} не оказали помощь, {V-006:Костю} увезли.",
    ),
    (
        "ru",
        "{W-009:Самвел Арутюнян} назвал троих охранников. {W-009:Арутюняну} "
        "угрожали. Света не было, слава богу, что {W-009:Самвела} отпустили.",
    ),
    (
        "ru",
        "{W-010:Татевик Григорян} видела {P:Артака Мкртчяна} в форме. "
        "{W-010:Григорян} стояла в десяти метрах, {W-010:Татевик} узнала его.",
    ),
    (
        "ru",
        "{V-007:Рашад Гаджиев} был увезён из дома. {V-007:Гаджиева} жена звонила, "
        "{V-007:Рашаду} не давали телефон; {P:Кулиев} ответил один раз.",
    ),
    (
        "ru",
        "В {F:Кентронском отделе полиции} {W-001:Армена} и {W-009:Самвела} держали "
        "раздельно. Само собой, адвоката не пустили. Ого, сказал охранник.",
    ),
    (
        "ru",
        "Вера в закон пропала. {W-002:Акопяна} (так писали её фамилию) и "
        "{W-004:Царукяна} упоминались в протоколе.",
    ),
    # --- Armenian
    (
        "hy",
        "{W-001:Հովհաննիսյանին} ձերբակալեցին անցակետում։ {W-001:Արմենը} ասաց, "
        "որ անձնագիրը վերցրին։ {W-001:Հովհաննիսյանի} եղբայրն էլ էր այնտեղ։",
    ),
    (
        "hy",
        "{W-002:Լուսինե Հակոբյանը} պատմեց, որ {W-002:Լուսինեին} պահել են երկու "
        "օր։ {W-002:Հակոբյանի} հարևանը տեսել է {P:Կարեն Հակոբովին}։",
    ),
    (
        "hy",
        "{V-001:Գոռ Կարապետյանը} ուշագնաց եղավ։ {V-001:Կարապետյանին} տարան "
        "հիվանդանոց, {V-001:Գոռին} բժիշկը զննեց առավոտյան։",
    ),
    (
        "hy",
        "{W-004:Ռուզաննա Ծառուկյանը} երկու անգամ հարցազրույց տվեց։ "
        "{W-004:Ռուզանը} խնդրեց չնշել իր անունը։ {W-004:Ծառուկյանից} ստացանք նամակ։",
    ),
    (
        "hy",
        "{W-005:Անահիտ Սահակյանը} սնունդ էր բերում {F:Նուբարաշենի} բանտ։ "
        "{W-005:Անոն} սպասում էր դարպասի մոտ, {W-005:Սահակյանին} ներս չթողեցին։",
    ),
    (
        "hy",
        "Հարցազրույցը վարում էր {I-001:Հովհաննես Պետրոսյանը}։ {I-001:Հովոն} "
        "գրառումներ էր անում, {I-001:Պետրոսյանի} ստորագրությունը կա ամեն էջում։",
    ),
    (
        "hy",
        "{W-009:Սամվել Հարությունյանը} նշեց երեք պահակի անուն։ {W-009:Սամոն} "
        "վախենում է, {W-009:Հարությունյանին} սպառնացել են։",
    ),
    (
        "hy",
        "{W-010:Տաթևիկ Գրիգորյանը} տեսավ {P:Արտակ Մկրտչյանին} համազգեստով։ "
        "{W-010:Տաթևիկը} տասը մետր հեռու էր, {W-010:Գրիգորյանից} վերցրին հեռախոսը։",
    ),
    (
        "hy",
        "{W-001:Արմեն Հովհաննիսյանը} և {W-009:Սամվելը} {F:Կենտրոնի} ոստիկանությունում "
        "պահվում էին առանձին։ Այդ օրը շատ ցուրտ էր։",
    ),
    (
        "hy",
        "{V-003:Ալեքսանդր Վոլկովին} տեղափոխեցին {F:Լեֆորտովո}։ {V-003:Վոլկովը} "
        "ասաց, որ {P:Սերգեյ Կոզլովը} էր հարցաքննում։ {V-006:Կոստյային} էլ էին ծեծել։",
    ),
    (
        "hy",
        "{V-004:Չինգիզ Աղաևին} ծեծել են։ {W-003:Մամեդ Ալիևը} տեսավ դա, "
        "{W-003:Ալիևին} սպառնացին։ {T-001:Նիգյարը} թարգմանում էր։",
    ),
    (
        "hy",
        "{W-006:Եկատերինա Սմիրնովան} և {V-005:Միխայիլ Օռլովը} նույնպես "
        "վկայություն տվեցին։ {W-006:Կատյան} լաց էր լինում։",
    ),
    # --- Azerbaijani
    (
        "az",
        "{W-003:Məmməd Əliyev} postda saxlanıldı. {W-003:Əliyevin} dediyinə görə, "
        "{P:Teymur Nadirzadə} əmri imzaladı. {W-003:Məmmədə} hədə-qorxu gəldilər.",
    ),
    (
        "az",
        "{V-002:Leyla Hüseynova} {F:Qobustan həbsxanasında} saxlanılıb. "
        "{V-002:Hüseynovanı} {P:Vüqar Həsənov} döyüb; {V-002:Leylanın} qolu sınıb.",
    ),
    (
        "az",
        "{V-004:Çingiz Ağayev} {P:Ramil Quliyevi} tanıdı. {V-004:Ağayevə} "
        "işgəncə verdilər, {V-004:Çingizin} iki dişi sındı.",
    ),
    (
        "az",
        "{V-004:Cingiz Agayev} (sənədlərdə belə yazılıb) {F:Bayıl İstintaq "
        "Təcridxanasında} idi. {V-004:Agayevin} vəkili gəlmədi.",
    ),
    (
        "az",
        "{W-007:Gülnarə Məmmədli} müəllimdir. {W-007:Gülnarənin} dediyinə görə, "
        "{P:Elçin Məmmədov} orada idi. {W-007:Məmmədliyə} zəng etdilər.",
    ),
    (
        "az",
        "{W-007:Gulnare Memmedli} (klaviaturada hərflər yox idi) yazır ki, "
        "{W-007:Gulnare} gül aparırdı.",
    ),
    (
        "az",
        "{W-008:İlqar Rəhimov} ifadəsini təsdiqlədi. {W-008:Rəhimovun} telefonunu "
        "qaytardılar, {W-008:Ilqar} evə getdi. {W-008:Rehimov} belə yazır.",
    ),
    (
        "az",
        "{T-001:Nigar Qasımova} tərcüməçi idi. {T-001:Qasımovanın} qeydləri "
        "var; {T-001:Nigar} tarixi düzəltdi. {T-001:Qasimova} imzaladı.",
    ),
    (
        "az",
        "{V-007:Rəşad Hacıyev} evindən aparıldı. {V-007:Hacıyevin} həyat yoldaşı "
        "{V-007:Rəşada} zəng edirdi; {P:Karen Hakobov} bir dəfə cavab verdi.",
    ),
    (
        "az",
        "{V-007:Resad Haciyev} klaviaturasız yazılıb; {V-007:Rashad} də odur. "
        "Bu gün ağa gəldi, amma bir şey demədi.",
    ),
    (
        "az",
        "{W-001:Armen Hovhannisyan} və {W-002:Lusine Hakobyan} də ifadə verdi. "
        "{W-001:Hovhannisyanın} qardaşı da orada idi.",
    ),
    (
        "az",
        "{W-005:Anahit Sahakyan} və {W-004:Ruzanna Tsarukyan} sərhəddə saxlanıldı; "
        "{W-005:Sahakyanı} buraxdılar, {W-004:Tsarukyanı} yox.",
    ),
    (
        "az",
        "{W-003:Məmmədi} və {W-008:İlqarı} {F:Bayıl} təcridxanasına apardılar. "
        "{W-003:Mamed} adlı başqa adam yox idi.",
    ),
    (
        "az",
        "{V-005:Mixail Orlov} və {V-003:Aleksandr Volkov} da orada idi; "
        "{V-003:Saşa} {V-005:Mişa} ilə bir kamerada saxlanıldı.",
    ),
    (
        "az",
        "{W-010:Tatevik Qriqoryan} {P:Artak Mkrtçyanı} tanıdı. {W-010:Qriqoryanın} "
        "telefonunu aldılar, {V-006:Konstantin Zaytsevi} isə döydülər.",
    ),
    (
        "az",
        "{W-009:Samvel Harutyunyanla} {I-001:Hovhannes Petrosyan} danışdı; "
        "{I-001:Petrosyan} qeydlər apardı. {W-006:Yekaterina Smirnovanın} ifadəsi də var.",
    ),
    (
        "az",
        "{V-001:Gor Karapetyanı} xəstəxanaya apardılar. {V-001:Karapetyanın} "
        "anası gəldi, {V-001:Gorun} vəziyyəti ağır idi.",
    ),
    # --- Armenian, more
    (
        "hy",
        "{V-002:Լեյլա Հուսեյնովան} և {V-007:Ռաշադ Հաջիևը} ցուցմունք տվեցին։ "
        "{V-002:Հուսեյնովային} ծեծել է {P:Վուգար Հասանովը}։",
    ),
    (
        "hy",
        "{W-007:Գյուլնարա Մամեդլին} ուսուցչուհի է։ {W-008:Իլգար Ռահիմովը} "
        "հաստատեց նրա խոսքերը, {W-008:Ռահիմովին} բաց թողեցին։",
    ),
    (
        "hy",
        "{W-002:Լուսիկը} և {W-004:Ռուզոն} նույն խցում էին։ {W-002:Հակոբյանենց} տունը "
        "խուզարկեցին, {W-004:Ծառուկյանների} հարևանները վախեցած էին։",
    ),
    (
        "hy",
        "{W-005:Սահակյանը} տեսավ {P:Թեյմուր Նադիրզադեին}։ {W-005:Անահիտին} "
        "հարցաքննեցին գիշերը, {V-005:Միշային} տարան հիվանդանոց։",
    ),
)

_MARK = re.compile(r"\{([A-Z]-\d{3}|P|F):([^{}]+)\}")


@dataclass(frozen=True)
class Occurrence:
    """One labelled span of a plain statement."""

    start: int
    end: int
    text: str
    label: str  # a protected person's code, "P" (perpetrator) or "F" (facility)
    script: str  # latin, cyrillic, armenian or azerbaijani


@dataclass(frozen=True)
class Statement:
    """A plain statement and its labelled spans."""

    language: str
    text: str
    occurrences: tuple[Occurrence, ...]


def _script(surface: str, language: str) -> str:
    if any("\u0530" <= c <= "\u058f" for c in surface):
        return "armenian"
    if any("\u0400" <= c <= "\u04ff" for c in surface):
        return "cyrillic"
    return "azerbaijani" if language == "az" else "latin"


def labelled() -> list[Statement]:
    """Every paragraph of ``PARAGRAPHS`` without markup, with its labelled spans."""
    statements = []
    for language, marked in PARAGRAPHS:
        parts: list[str] = []
        occurrences: list[Occurrence] = []
        position = 0
        length = 0
        for match in _MARK.finditer(marked):
            before = marked[position : match.start()]
            parts.append(before)
            length += len(before)
            label, surface = match.group(1), match.group(2)
            script = _script(surface, language)
            occurrences.append(Occurrence(length, length + len(surface), surface, label, script))
            parts.append(surface)
            length += len(surface)
            position = match.end()
        parts.append(marked[position:])
        statements.append(Statement(language, "".join(parts), tuple(occurrences)))
    return statements


def protected_for_government() -> list[ProtectedName]:
    """Who the ``government`` profile codes: everyone registered but the perpetrators."""
    return [ProtectedName(f"person-{code}", code, names) for code, names in PROTECTED.items()]
