"""Subsidieregeling praktijkleren: a contribution per realised work-and-learn place (OCW, RVO).

An employer that gave practical training to a student or pupil (mbo-bbl, dual or part-time
hbo in three sectors, vmbo leer-werktraject, entree in vo, vso, praktijkonderwijs) or
employed or financed a PhD candidate (promovendus) or technological designer in training
(toio) applies per training year (studiejaar), after it, at RVO. The amount per full realised
place is the category budget divided over all realised places of that category, at most a
maximum (art. 15); all applications of a year are decided together (art. 21).

Everything here depends on the training year applied for (``pl_training_year``), not on the
reference date: the rules of that year's round. The reference date is the application date;
it must lie in that round, which the regulation closes at 17:00 on 17 September after the
training year (art. 17(1); 16 September up to the 2022 round). RVO opens the online form in
June; the regulation sets no opening date and no official opening date was found, so before
the deadline the window is open only as far as that is certain (see ``application_window``).

Versions read: BWBR0034144 valid from 2021-04-03, 2022-08-01, 2024-04-07 and 2025-09-03.
The text that governed the 2022-2023 round (deadline in 2023) and those before 2021 were not
read: what only they decide stays undecided.
"""

from __future__ import annotations

from datetime import date, timedelta
from decimal import Decimal

from rules import expr as x
from rules.facts import Audience, BoolFact, Choice, DecimalFact, EnumFact, IntFact
from rules.loader import SCHEMES_DIR, _read_common
from rules.parameters import DateBounds
from rules.scheme import AvailabilityRule, Criterion, Note, Output, OutputKind, Scheme
from rules.texts import Citation, t

BWB = "https://wetten.overheid.nl/BWBR0034144"
TEXT = f"{BWB}/2025-09-03"  # the consolidated text in force on the dates this check serves
TEXT_2024 = f"{BWB}/2024-04-07"
TEXT_2021 = f"{BWB}/2021-04-03"
STCRT_2019 = "https://zoek.officielebekendmakingen.nl/stcrt-2019-48191.html"
RVO_APPLY = "https://www.rvo.nl/subsidies-financiering/praktijkleren/aanvragen"
RVO_TIPS = (
    "https://www.rvo.nl/subsidies-regelingen/subsidieregeling-praktijkleren/tips-voor-aanvragers"
)
MIJN_RVO = "https://mijn.rvo.nl/praktijkleren"
RVO_CARIBBEAN = "https://english.rvo.nl/subsidies-financing/praktijkleren/dutch-caribbean"

EMPLOYER_SIDE = (Audience.EMPLOYER, Audience.ADVISER)

IN_FORCE_FROM = date(2014, 1, 1)  # art. 34(1)
LAPSES = date(2029, 1, 1)  # art. 34(2), version 2025-09-03
FIRST_YEAR, LAST_YEAR = 2013, 2027  # last round: studiejaar 2027-2028, art. 17(1)


def _art(article: str, anchor: str, url: str = TEXT) -> Citation:
    return Citation(title="Subsidieregeling praktijkleren", article=article, url=f"{url}#{anchor}")


def _rvo(title: str, article: str, url: str) -> Citation:
    return Citation(title=title, article=article, url=url, source="EXECUTOR")


# Categories -----------------------------------------------------------------------------

MBO = ("mbo_bbl",)
HBO = ("hbo_duaal", "hbo_deeltijd")
WO = ("promovendus", "toio")
VSO = ("vso_arbeidsmarkt", "vso_vervolg_lwt", "vso_entree")
SCHOOL = ("vmbo_lwt", "vo_entree", *VSO, "pro")  # pupils (leerlingen): the 40-week rule
PRACTICE = (*MBO, *HBO, *SCHOOL)  # praktijkleerplaatsen (art. 1(b)); the rest: werkleerplaatsen
COVERED = (*PRACTICE, *WO)  # vso_entree only from the 2025 round, see category_covered
NOT_COVERED = ("mbo_bol", "mbo_derde_leerweg", "hbo_voltijd", "other")

CATEGORY_CHOICES = (
    Choice(id="mbo_bbl", label=t("mbo, beroepsbegeleidende leerweg (bbl)", "mbo, bbl")),
    Choice(id="mbo_bol", label=t("mbo, beroepsopleidende leerweg (bol)", "mbo, bol")),
    Choice(
        id="mbo_derde_leerweg",
        label=t("mbo, derde leerweg of maatwerk (geen bbl)", "mbo, derde leerweg or tailor-made"),
    ),
    Choice(id="hbo_duaal", label=t("duale hbo-opleiding", "dual hbo programme")),
    Choice(
        id="hbo_deeltijd",
        label=t(
            "deeltijd-hbo met verplichte beroepspraktijk",
            "part-time hbo with compulsory professional practice",
        ),
    ),
    Choice(id="hbo_voltijd", label=t("voltijd-hbo", "full-time hbo")),
    Choice(id="promovendus", label=t("promovendus", "PhD candidate (promovendus)")),
    Choice(
        id="toio",
        label=t(
            "technologisch ontwerper in opleiding (toio, PDEng/EngD)",
            "technological designer in training (toio, PDEng/EngD)",
        ),
    ),
    Choice(
        id="vmbo_lwt",
        label=t(
            "vmbo basisberoepsgerichte leerweg, leer-werktraject",
            "vmbo basic vocational track, work-and-learn path",
        ),
    ),
    Choice(
        id="vo_entree",
        label=t("entreeopleiding in het vo, als bbl", "entry course in secondary school, as bbl"),
    ),
    Choice(
        id="vso_arbeidsmarkt",
        label=t("vso, uitstroomprofiel arbeidsmarkt", "special secondary, labour-market profile"),
    ),
    Choice(
        id="vso_vervolg_lwt",
        label=t(
            "vso, leer-werktraject in uitstroomprofiel vervolgonderwijs",
            "special secondary, work-and-learn path in the further-education profile",
        ),
    ),
    Choice(
        id="vso_entree",
        label=t(
            "vso, entreeopleiding in uitstroomprofiel vervolgonderwijs",
            "special secondary, entry course in the further-education profile",
        ),
    ),
    Choice(id="pro", label=t("praktijkonderwijs (pro)", "practical education (praktijkonderwijs)")),
    Choice(id="other", label=t("iets anders", "something else")),
)

# Rounds per training year -----------------------------------------------------------------
# training year -> (last day to apply, last day of the decision term). None where the text
# that sets it was not read. Art. 17(1) and 22 of the version named with each round.
ROUNDS: dict[int, tuple[date | None, date | None]] = {
    2017: (date(2018, 9, 17), None),  # rvo.nl tips: "tot uiterlijk 17 september 2018 17.00 uur"
    2019: (date(2020, 9, 16), date(2020, 12, 16)),  # art. 14a(1), 22 version 2021-04-03
    2020: (date(2021, 9, 16), date(2021, 12, 16)),  # art. 17(1), 22 version 2021-04-03
    2021: (date(2022, 9, 16), date(2022, 12, 16)),  # art. 17(1), 22 version 2022-08-01
    2023: (date(2024, 9, 17), date(2024, 12, 17)),  # art. 17(1), 22 version 2024-04-07
    2024: (date(2025, 9, 17), date(2025, 12, 17)),
    2025: (date(2026, 9, 17), date(2026, 12, 17)),  # art. 17(1), 22 version 2025-09-03
    2026: (date(2027, 9, 17), date(2027, 12, 17)),
    2027: (date(2028, 9, 18), date(2028, 12, 17)),  # "voor de laatste maal ... 18 september 2028"
}

# The maximum per full realised place, per training year, in eurocents. Art. 15 names
# EUR 2,700 in the versions of 2021-04-03 to 2024-04-07 (the rounds of 2020-2021 to
# 2024-2025); from 2025-09-03 a yearly bekendmakingsbesluit sets it, and for 2025-2026 RVO
# states EUR 2,700 on its page for the scheme. Later years: not published yet.
MAX_PER_PLACE = {year: 270_000 for year in (2020, 2021, 2022, 2023, 2024, 2025)}

SUPPLEMENT_YEARS = (2019, 2020, 2021, 2022, 2023)  # art. 15b: landbouw, horeca, recreatie


def _studiejaar(year: int) -> str:
    return f"{year}-{year + 1}"


def _opens(year: int) -> DateBounds:
    """When RVO opened (or opens) the round: not before 1 June of the deadline year, and by
    the deadline at the latest. No official source gives a day, so that is all we know."""
    deadline = ROUNDS.get(year, (None, None))[0]
    return DateBounds(earliest=date(year + 1, 6, 1), latest=deadline)


YEARS = range(FIRST_YEAR, LAST_YEAR + 1)

Y = x.fact("pl_training_year")
C = x.fact("pl_category")
weeks = x.fact("pl_weeks")
months = x.fact("pl_months")
hours_week = x.fact("pl_hours_week")
practice_hours = x.fact("pl_practice_hours")
prior = x.fact("pl_prior_places")
programme_years = x.fact("pl_programme_years")
factor = x.fact("pl_oversubscription_factor")

FACTS = (
    EnumFact(
        id="pl_category",
        question=t(
            "Wat voor leerplaats bood u aan?",
            "What kind of learning place did you offer?",
        ),
        help=t(
            "Voor een student in de derde leerweg bestaat een aparte regeling van het ministerie "
            "van SZW: de Subsidieregeling praktijkleren in de derde leerweg. Die beoordeelt deze "
            "check niet.",
            "For a student in the derde leerweg there is a separate scheme of the Ministry of "
            "Social Affairs: the Subsidieregeling praktijkleren in de derde leerweg. This check "
            "does not assess it.",
        ),
        choices=CATEGORY_CHOICES,
        audience=EMPLOYER_SIDE,
    ),
    IntFact(
        id="pl_training_year",
        question=t(
            "Voor welk studiejaar vraagt u subsidie aan? Vul het eerste jaar in, bijvoorbeeld "
            "2025 voor 2025-2026.",
            "For which training year (studiejaar) do you apply? Enter its first year, for "
            "example 2025 for 2025-2026.",
        ),
        help=t(
            "U vraagt subsidie aan na afloop van het studiejaar waarin u de leerling of student "
            "begeleidde. Het studiejaar loopt van 1 augustus tot en met 31 juli (mbo, vo, vso) of "
            "van 1 september tot en met 31 augustus (hbo, promovendi, toio's).",
            "You apply after the training year in which you supervised the pupil or student. It "
            "runs from 1 August to 31 July (mbo, secondary, special secondary) or from 1 "
            "September to 31 August (hbo, PhD candidates, toios).",
        ),
        audience=EMPLOYER_SIDE,
        minimum=Decimal(2013),
        maximum=Decimal(2030),
    ),
    BoolFact(
        id="pl_agreement",
        question=t(
            "Begeleidde u de leerling of student met een schriftelijke overeenkomst met de school?",
            "Did you supervise the pupil or student under a written agreement with the school?",
        ),
        help=t(
            "Bij het mbo de praktijkovereenkomst (bpv-overeenkomst), bij het hbo de "
            "onderwijsovereenkomst voor de duale opleiding, bij vso en praktijkonderwijs de "
            "stageovereenkomst. Bij een promovendus of toio: de arbeidsovereenkomst en de "
            "overeenkomst met de universiteit (of NWO of KNAW) over financiering of begeleiding.",
            "For mbo the practical training agreement (bpv agreement), for hbo the dual study "
            "agreement, for special secondary and practical education the internship agreement. "
            "For a PhD candidate or toio: the employment contract and the agreement with the "
            "university (or NWO or KNAW) on financing or supervision.",
        ),
        audience=EMPLOYER_SIDE,
    ),
    BoolFact(
        id="pl_employer_recognised",
        question=t(
            "Bent u door SBB erkend als leerbedrijf voor deze leerplaats?",
            "Are you recognised by SBB as a training company (erkend leerbedrijf) for this place?",
        ),
        help=t(
            "U vindt uw erkenning op stagemarkt.nl of in Mijn SBB.",
            "You find your recognition on stagemarkt.nl or in Mijn SBB.",
        ),
        audience=EMPLOYER_SIDE,
    ),
    BoolFact(
        id="pl_programme_qualifying",
        question=t(
            "Volgde de leerling of student een erkende, volledige opleiding?",
            "Did the pupil or student follow a recognised, complete programme?",
        ),
        help=t(
            "Mbo-bbl en entree: een bbl-opleiding voor een kwalificatie uit het register (RIO, "
            "vroeger Crebo) met genoeg uren, niet alleen keuzedelen. Hbo: een geaccrediteerde "
            "opleiding in het register (RIO, vroeger Croho). Vmbo: een leer-werktraject gericht "
            "op een startkwalificatie op niveau 2.",
            "Mbo-bbl and entree: a bbl programme for a qualification in the register (RIO, "
            "formerly Crebo) with enough hours, not only optional modules. Hbo: an accredited "
            "programme in the register (RIO, formerly Croho). Vmbo: a work-and-learn path aimed "
            "at a basic qualification at level 2.",
        ),
        audience=EMPLOYER_SIDE,
    ),
    EnumFact(
        id="pl_hbo_sector",
        question=t(
            "In welke sector valt de hbo-opleiding?",
            "Which sector is the hbo programme in?",
        ),
        choices=(
            Choice(id="techniek", label=t("techniek", "engineering and technology")),
            Choice(
                id="gezondheidszorg_gedrag_maatschappij",
                label=t(
                    "gezondheidszorg, gedrag en maatschappij", "health care, behaviour and society"
                ),
            ),
            Choice(
                id="landbouw_natuurlijke_omgeving",
                label=t("landbouw en natuurlijke omgeving", "agriculture and the environment"),
            ),
            Choice(id="other", label=t("een andere sector", "another sector")),
        ),
        audience=EMPLOYER_SIDE,
    ),
    BoolFact(
        id="pl_rod_registered",
        question=t(
            "Staat de leerling of student met persoonsgebonden nummer, basisgegevens en "
            "diplomagegevens in het Register onderwijsdeelnemers (ROD) van DUO?",
            "Is the pupil or student in DUO's register of students (ROD) with their personal "
            "number, basic data and diploma data?",
        ),
        help=t(
            "Dat regelt de school. Vraag het na bij de school als u het niet weet.",
            "The school arranges this. Ask the school if you do not know.",
        ),
        audience=EMPLOYER_SIDE,
    ),
    BoolFact(
        id="pl_records_kept",
        question=t(
            "Houdt u een aanwezigheidsregistratie bij, en een administratie van de begeleiding en "
            "van wat de leerling of student heeft geleerd?",
            "Do you keep an attendance record, and records of the supervision and of what the "
            "pupil or student achieved?",
        ),
        audience=EMPLOYER_SIDE,
    ),
    BoolFact(
        id="pl_final_school_year",
        question=t(
            "Zat de leerling in het laatste schooljaar?",
            "Was the pupil in the last school year?",
        ),
        audience=EMPLOYER_SIDE,
    ),
    IntFact(
        id="pl_practice_hours",
        question=t(
            "Hoeveel klokuren duurde de stage of het praktijkdeel in dit schooljaar?",
            "How many clock hours did the internship or practical part last in this school year?",
        ),
        audience=EMPLOYER_SIDE,
        minimum=Decimal(0),
        maximum=Decimal(3000),
    ),
    BoolFact(
        id="pl_employer_private_entity",
        question=t(
            "Is uw organisatie een privaatrechtelijke rechtspersoon, en geen bijzondere "
            "universiteit, academisch ziekenhuis of privaatrechtelijke onderzoeksorganisatie?",
            "Is your organisation a private-law legal person, and not a special university, "
            "academic hospital or private research organisation?",
        ),
        audience=EMPLOYER_SIDE,
    ),
    BoolFact(
        id="pl_employer_in_nl",
        question=t(
            "Is uw bedrijf of organisatie in Nederland gevestigd?",
            "Is your company or organisation established in the Netherlands?",
        ),
        audience=EMPLOYER_SIDE,
    ),
    IntFact(
        id="pl_weeks",
        question=t(
            "In hoeveel weken van het studiejaar gaf u de leerling of student echt praktijkles?",
            "In how many weeks of the training year did you actually give practical training?",
        ),
        help=t(
            "Tel geen weken van vakantie of ziekte. Stopte de leerling eerder, tel dan de weken "
            "tot dat moment.",
            "Do not count weeks of holiday or illness. If the pupil stopped early, count the "
            "weeks until then.",
        ),
        audience=EMPLOYER_SIDE,
        minimum=Decimal(0),
        maximum=Decimal(53),
    ),
    IntFact(
        id="pl_months",
        question=t(
            "In hoeveel maanden van het studiejaar deed de promovendus onderzoek, of stond de "
            "toio ingeschreven?",
            "In how many months of the training year did the PhD candidate do research, or was "
            "the toio enrolled?",
        ),
        audience=EMPLOYER_SIDE,
        minimum=Decimal(0),
        maximum=Decimal(12),
    ),
    DecimalFact(
        id="pl_hours_week",
        question=t(
            "Hoeveel uur per week werkt de promovendus of toio in totaal?",
            "How many hours a week does the PhD candidate or toio work in total?",
        ),
        audience=EMPLOYER_SIDE,
        minimum=Decimal(0),
        maximum=Decimal(168),
    ),
    DecimalFact(
        id="pl_prior_places",
        question=t(
            "Voor hoeveel volledige plaatsen kreeg u voor deze persoon in eerdere studiejaren al "
            "subsidie praktijkleren?",
            "For how many full places did you already receive this subsidy for this person in "
            "earlier training years?",
        ),
        help=t(
            "Tel de gerealiseerde plaatsen uit eerdere beschikkingen op, bijvoorbeeld 1 en 0,5. "
            "Geen eerdere subsidie: 0.",
            "Add up the realised places of earlier decisions, for example 1 and 0.5. No earlier "
            "subsidy: 0.",
        ),
        audience=EMPLOYER_SIDE,
        minimum=Decimal(0),
        maximum=Decimal(20),
        default=Decimal(0),
    ),
    IntFact(
        id="pl_programme_years",
        question=t(
            "Hoeveel studiejaren duurt de opleiding volgens de school?",
            "How many training years does the programme last according to the school?",
        ),
        audience=EMPLOYER_SIDE,
        minimum=Decimal(1),
        maximum=Decimal(8),
        default=None,
    ),
    DecimalFact(
        id="pl_oversubscription_factor",
        question=t(
            "Welk deel van het maximum betaalt RVO per plaats in deze categorie (bijvoorbeeld "
            "0,8)?",
            "Which share of the maximum does RVO pay per place in this category (for example 0.8)?",
        ),
        help=t(
            "Alleen bekend na de beslissing van RVO. Laat leeg als u het niet weet.",
            "Known only after RVO's decision. Leave empty if you do not know.",
        ),
        audience=(Audience.ADVISER,),
        minimum=Decimal(0),
        maximum=Decimal(1),
        default=None,
    ),
    _read_common(SCHEMES_DIR / "_common").facts["enterprise_sector"],  # shared with SLIM
)

deadline_expr = x.case(Y, {y: d for y, (d, _) in ROUNDS.items()}, None)
opens_expr = x.case(Y, {y: _opens(y) for y in YEARS}, None)
max_expr = x.case(Y, {y: cents for y, cents in MAX_PER_PLACE.items()}, None)
year_int = Y

# Art. 1(b)-(c): weeks up to 40 / 40 (mbo, vo, vso) or up to 42 / 42 (hbo); for a
# promovendus or toio months / 12 x weekly hours up to 36 / 36.
raw_fraction = x.case(
    C,
    {
        **{c: x.min_(weeks, 40) / 40 for c in (*MBO, *SCHOOL)},
        **{c: x.min_(weeks, 42) / 42 for c in HBO},
        **{c: months * x.min_(hours_week, 36) / (12 * 36) for c in WO},
    },
    None,
)
# Art. 20: no more full places for one person with one employer than the programme's
# length in training years (mbo/hbo student; not for 2020-2021, art. 31), 4 for a
# promovendus, 2 for a toio.
limit = x.case(
    C,
    {
        **{c: x.if_(Y.eq(2020), None, programme_years) for c in (*MBO, *HBO)},
        "promovendus": 4,
        "toio": 2,
    },
    None,
)
fraction = x.if_(limit.is_none(), raw_fraction, x.max_(0, x.min_(raw_fraction, limit - prior)))

OUTPUTS = (
    Output(
        id="pl_studiejaar",
        kind=OutputKind.STRING,
        label=t("studiejaar", "training year"),
        expr=x.case(Y, {y: _studiejaar(y) for y in YEARS}, None),
    ),
    Output(
        id="application_window_start",
        kind=OutputKind.DATE,
        label=t("eerste dag om aan te vragen", "first day to apply"),
        # RVO sets the opening; no official publication of the day was found for any round.
        expr=x.const(None),
    ),
    Output(
        id="application_deadline",
        kind=OutputKind.DATE,
        label=t("laatste dag om aan te vragen (17.00 uur)", "last day to apply (17:00)"),
        expr=deadline_expr,
    ),
    Output(
        id="decision_deadline",
        kind=OutputKind.DATE,
        label=t("RVO beslist uiterlijk op", "RVO decides by"),
        expr=x.case(Y, {y: d for y, (_, d) in ROUNDS.items()}, None),
    ),
    Output(
        id="max_amount_per_place_eur",
        kind=OutputKind.MONEY,
        label=t("maximum per volledige plaats", "maximum per full place"),
        expr=max_expr,
    ),
    Output(
        id="realised_place_fraction",
        kind=OutputKind.DECIMAL,
        places=4,
        label=t("gerealiseerde plaats (1 = een volledige plaats)", "realised place (1 = full)"),
        expr=fraction,
    ),
    Output(
        id="subsidy_eur",
        kind=OutputKind.MONEY,
        label=t("subsidie voor deze plaats, ten hoogste", "subsidy for this place, at most"),
        expr=max_expr * fraction * x.if_(factor.is_none(), 1, factor),
    ),
    Output(
        id="sector_supplement_possible",
        kind=OutputKind.BOOL,
        label=t(
            "aanvullende subsidie landbouw, horeca of recreatie mogelijk",
            "supplement for agriculture, hospitality or recreation possible",
        ),
        expr=x.all_(
            C.eq("mbo_bbl"),
            Y.is_in(*SUPPLEMENT_YEARS),
            x.fact("enterprise_sector").is_in("landbouw", "horeca", "recreatie"),
        ),
    ),
)

covered_now = x.any_(
    C.is_in(*(c for c in COVERED if c != "vso_entree")),
    # Art. 9a(5) (vso entree) is in the version valid from 2025-09-03, not in that of
    # 2024-04-07: covered from the 2025-2026 round, undecided for the 2024-2025 round (the
    # new text took effect before its deadline).
    C.eq("vso_entree")
    & x.if_(year_int >= 2025, True, x.if_(year_int.eq(2024), x.const(x.UNKNOWN), False)),
)
is_vso_or_pro = C.is_in(*VSO, "pro")
hours_ok = x.if_(
    C.eq("vmbo_lwt"),
    (practice_hours >= 640) & (practice_hours <= 1280),
    x.fact("pl_final_school_year").eq(True) & (practice_hours >= 640),
)
rod = x.fact("pl_rod_registered")

CRITERIA = (
    Criterion(
        id="scheme_in_force",
        label=t("Studiejaar binnen de regeling", "Training year covered by the regulation"),
        test=(year_int >= FIRST_YEAR) & (year_int <= LAST_YEAR),
        citation=_art("art. 17 lid 1 en art. 34", "Artikel17"),
        met=t(
            "De regeling geldt voor studiejaar {pl_studiejaar}.",
            "The regulation covers training year {pl_studiejaar}.",
        ),
        not_met=t(
            "De regeling geldt voor de studiejaren 2013-2014 tot en met 2027-2028.",
            "The regulation covers the training years 2013-2014 to 2027-2028.",
        ),
        unknown=t("Voor welk studiejaar vraagt u aan?", "For which training year do you apply?"),
    ),
    Criterion(
        id="category_covered",
        label=t("Soort leerplaats valt onder de regeling", "Kind of learning place is covered"),
        test=covered_now,
        citation=_art("art. 4, 6, 8, 9a, 9c en 10", "Artikel4"),
        met=t(
            "Deze soort leerplaats valt onder de regeling.",
            "This kind of learning place is covered.",
        ),
        not_met=t(
            "Deze soort leerplaats valt niet onder de regeling. Niet: mbo-bol, voltijd-hbo of de "
            "derde leerweg. Voor de derde leerweg is er een aparte regeling van SZW.",
            "This kind of learning place is not covered. Not: mbo-bol, full-time hbo or the "
            "derde leerweg. For the derde leerweg there is a separate scheme of SZW.",
        ),
        unknown=t(
            "Nodig: wat voor leerplaats u aanbood. Een vso-entreeopleiding valt onder de "
            "regeling vanaf studiejaar 2025-2026; voor 2024-2025 is dat hier niet te beoordelen.",
            "Needed: what kind of learning place you offered. A vso entry course is covered "
            "from training year 2025-2026; for 2024-2025 it cannot be judged here.",
        ),
    ),
    Criterion(
        id="application_window",
        label=t(
            "Aanvraag in de aanvraagronde van dit studiejaar",
            "Application in this training year's round",
        ),
        test=x.all_(x.on() >= opens_expr, x.on() <= deadline_expr),
        citation=_art("art. 17 lid 1", "Artikel17"),
        met=t(
            "U vraagt aan in de ronde voor studiejaar {pl_studiejaar}. Die sluit op "
            "{application_deadline} om 17.00 uur.",
            "You apply in the round for training year {pl_studiejaar}. It closes on "
            "{application_deadline} at 17:00.",
        ),
        not_met=t(
            "Op {on} kunt u niet aanvragen voor studiejaar {pl_studiejaar}. De aanvraagronde "
            "voor dat studiejaar opent RVO in juni; zij sluit op {application_deadline} om "
            "17.00 uur.",
            "On {on} you cannot apply for training year {pl_studiejaar}. RVO opens the round for "
            "that year in June; it closes on {application_deadline} at 17:00.",
        ),
        unknown=t(
            "RVO opent de aanvraagronde in juni en zet de datum op rvo.nl. Kijk daar of de ronde "
            "voor studiejaar {pl_studiejaar} al open is; zij sluit op {application_deadline} om "
            "17.00 uur.",
            "RVO opens the round in June and puts the date on rvo.nl. Check there whether the "
            "round for training year {pl_studiejaar} is open; it closes on "
            "{application_deadline} at 17:00.",
        ),
    ),
    Criterion(
        id="programme_qualifying",
        label=t("Erkende, volledige opleiding", "Recognised, complete programme"),
        applies=C.is_in("mbo_bbl", "vo_entree", "vmbo_lwt", *HBO),
        test=x.fact("pl_programme_qualifying").eq(True),
        citation=_art("art. 4 lid 3, 5 lid 1 onder a en c, 7 onder a, 11", "Artikel5"),
        met=t(
            "De leerling of student volgde een erkende, volledige opleiding.",
            "The pupil or student followed a recognised, complete programme.",
        ),
        not_met=t(
            "De opleiding moet erkend en volledig zijn: een bbl-opleiding voor een kwalificatie "
            "uit het register, een geaccrediteerde hbo-opleiding of een vmbo-leer-werktraject "
            "naar niveau 2. Alleen keuzedelen tellen niet.",
            "The programme must be recognised and complete: a bbl programme for a registered "
            "qualification, an accredited hbo programme or a vmbo work-and-learn path to level "
            "2. Optional modules alone do not count.",
        ),
        unknown=t(
            "Volgde de leerling of student een erkende, volledige opleiding?",
            "Did the pupil or student follow a recognised, complete programme?",
        ),
        not_applicable=t(
            "Voor deze soort leerplaats stelt de regeling deze eis niet apart.",
            "The regulation does not set this condition separately for this kind of place.",
        ),
    ),
    Criterion(
        id="hbo_sector",
        label=t("Hbo-opleiding in een genoemde sector", "Hbo programme in a named sector"),
        applies=C.is_in(*HBO),
        test=x.any_(
            x.fact("pl_hbo_sector").is_in("techniek", "landbouw_natuurlijke_omgeving"),
            x.all_(
                x.fact("pl_hbo_sector").eq("gezondheidszorg_gedrag_maatschappij"),
                # in the budget from 2018-2019 (Stcrt. 2019, 48191); before: not read
                x.if_(year_int >= 2018, True, x.const(x.UNKNOWN)),
            ),
        ),
        citation=_art("art. 7 onder a", "Artikel7"),
        met=t(
            "De hbo-opleiding valt in een sector die de regeling noemt.",
            "The hbo programme is in a sector the regulation names.",
        ),
        not_met=t(
            "Alleen hbo-opleidingen in techniek, in gezondheidszorg, gedrag en maatschappij, of "
            "in landbouw en natuurlijke omgeving tellen mee.",
            "Only hbo programmes in engineering, in health care, behaviour and society, or in "
            "agriculture and the environment count.",
        ),
        unknown=t(
            "In welke sector valt de hbo-opleiding?", "Which sector is the hbo programme in?"
        ),
        not_applicable=t(
            "Geen hbo-opleiding: de sector doet niet ter zake.",
            "Not an hbo programme: the sector does not matter.",
        ),
    ),
    Criterion(
        id="employer_recognised",
        label=t("Erkend leerbedrijf (SBB)", "Recognised training company (SBB)"),
        applies=C.is_in("mbo_bbl", "vo_entree", *VSO, "pro"),
        test=x.fact("pl_employer_recognised").eq(True),
        citation=_art("art. 5 lid 1 onder d, 9b onder e, 9d lid 1 onder e, 11 lid 2", "Artikel9b"),
        met=t(
            "U bent door SBB erkend als leerbedrijf.",
            "You are recognised by SBB as a training company.",
        ),
        not_met=t(
            "U moet door SBB erkend zijn als leerbedrijf. Zonder erkenning is er geen "
            "praktijkovereenkomst en geen subsidie.",
            "You must be recognised by SBB as a training company. Without it there is no "
            "practical training agreement and no subsidy.",
        ),
        unknown=t(
            "Bent u door SBB erkend als leerbedrijf?",
            "Are you recognised by SBB as a training company?",
        ),
        not_applicable=t(
            "Voor deze soort leerplaats vraagt de regeling geen erkenning door SBB.",
            "The regulation asks no SBB recognition for this kind of place.",
        ),
    ),
    Criterion(
        id="agreement",
        label=t("Schriftelijke overeenkomst", "Written agreement"),
        applies=C.is_in(*COVERED),
        test=x.fact("pl_agreement").eq(True),
        citation=_art("art. 5 lid 1 onder d, 7 onder c, 9, 9b onder c, 11", "Artikel5"),
        met=t(
            "De begeleiding liep via een schriftelijke overeenkomst.",
            "The supervision took place under a written agreement.",
        ),
        not_met=t(
            "De begeleiding moet lopen via een schriftelijke overeenkomst, zoals de "
            "praktijkovereenkomst met de school.",
            "The supervision must take place under a written agreement, such as the practical "
            "training agreement with the school.",
        ),
        unknown=t(
            "Was er een schriftelijke overeenkomst, zoals de praktijkovereenkomst?",
            "Was there a written agreement, such as the practical training agreement?",
        ),
        not_applicable=t(
            "Deze soort leerplaats valt niet onder de regeling.",
            "This kind of place is not covered.",
        ),
    ),
    Criterion(
        id="rod_registered",
        label=t(
            "Gegevens in het Register onderwijsdeelnemers",
            "Data in the register of students (ROD)",
        ),
        applies=C.is_in(*PRACTICE) & (year_int >= 2022),
        # Required by the text valid from 2024-04-07 (rounds from 2023-2024); not in those of
        # 2021 and 2022; the text for the 2022-2023 round was not read.
        test=x.any_(rod.eq(True), x.if_(year_int >= 2023, False, x.const(x.UNKNOWN))),
        citation=_art("art. 5 lid 1 onder b, 7 onder b, 9b onder d, 11", "Artikel5", TEXT_2024),
        met=t(
            "De gegevens van de leerling of student staan in het Register onderwijsdeelnemers.",
            "The pupil's or student's data are in the register of students (ROD).",
        ),
        not_met=t(
            "Vanaf studiejaar 2023-2024 moeten het persoonsgebonden nummer, de basisgegevens en "
            "de diplomagegevens in het Register onderwijsdeelnemers van DUO staan.",
            "From training year 2023-2024 the personal number, basic data and diploma data must "
            "be in DUO's register of students (ROD).",
        ),
        unknown=t(
            "Staan de gegevens in het Register onderwijsdeelnemers? Voor studiejaar 2022-2023 is "
            "deze eis hier niet te beoordelen.",
            "Are the data in the register of students? For training year 2022-2023 this "
            "condition cannot be judged here.",
        ),
        not_applicable=t(
            "Deze eis geldt niet voor promovendi en toio's, en niet vóór studiejaar 2022-2023.",
            "This condition does not apply to PhD candidates and toios, nor before 2022-2023.",
        ),
    ),
    Criterion(
        id="records_kept",
        label=t("Aanwezigheid en begeleiding bijgehouden", "Attendance and supervision recorded"),
        applies=C.is_in(*PRACTICE),
        test=x.fact("pl_records_kept").eq(True),
        citation=_art("art. 5 lid 1 onder e en f, 7 onder d en e, 9b, 9d, 11", "Artikel5"),
        met=t(
            "U houdt de aanwezigheid en de begeleiding bij.",
            "You keep records of attendance and supervision.",
        ),
        not_met=t(
            "U moet een aanwezigheidsregistratie hebben en een administratie van de begeleiding "
            "en van wat de leerling of student leerde.",
            "You must keep an attendance record and records of the supervision and of what the "
            "pupil or student learned.",
        ),
        unknown=t(
            "Houdt u de aanwezigheid en de begeleiding bij?",
            "Do you keep records of attendance and supervision?",
        ),
        not_applicable=t(
            "Deze eis geldt niet voor promovendi en toio's.",
            "This condition does not apply to PhD candidates and toios.",
        ),
    ),
    Criterion(
        id="school_year_and_hours",
        label=t("Laatste schooljaar en genoeg stage-uren", "Final school year and enough hours"),
        applies=is_vso_or_pro | C.eq("vmbo_lwt"),
        test=hours_ok,
        citation=_art("art. 9b onder a en b, 9d lid 1 onder a en b, 11 lid 1 onder b", "Artikel9b"),
        met=t(
            "De stage of het praktijkdeel had {pl_practice_hours} klokuren en voldoet.",
            "The internship or practical part had {pl_practice_hours} clock hours and qualifies.",
        ),
        not_met=t(
            "Vso en praktijkonderwijs: de leerling zit in het laatste schooljaar en de stage "
            "duurt minstens 640 klokuren. Vmbo: het praktijkdeel duurt 640 tot 1.280 klokuren per "
            "schooljaar.",
            "Special secondary and practical education: the pupil is in the last school year and "
            "the internship lasts at least 640 clock hours. Vmbo: the practical part lasts 640 to "
            "1,280 clock hours per school year.",
        ),
        unknown=t(
            "Nodig: het aantal klokuren van de stage en (vso, praktijkonderwijs) of het het "
            "laatste schooljaar was.",
            "Needed: the clock hours of the internship and (special secondary, practical "
            "education) whether it was the last school year.",
        ),
        not_applicable=t(
            "Deze eis geldt alleen voor vso, praktijkonderwijs en vmbo.",
            "This condition applies only to special secondary, practical education and vmbo.",
        ),
    ),
    Criterion(
        id="employer_type",
        label=t("Soort werkgever", "Kind of employer"),
        applies=C.is_in(*WO, *HBO),
        test=x.if_(
            C.is_in(*WO),
            x.fact("pl_employer_private_entity").eq(True),
            x.fact("pl_employer_in_nl").eq(True),
        ),
        citation=_art("art. 6 lid 2 en 8 lid 2", "Artikel8"),
        met=t("U bent een werkgever die de regeling noemt.", "You are an employer the rule names."),
        not_met=t(
            "Bij hbo moet de werkgever in Nederland gevestigd zijn. Bij promovendi en toio's moet "
            "het een privaatrechtelijke rechtspersoon zijn, geen bijzondere universiteit, "
            "academisch ziekenhuis of privaatrechtelijke onderzoeksorganisatie.",
            "For hbo the employer must be established in the Netherlands. For PhD candidates and "
            "toios it must be a private-law legal person, not a special university, academic "
            "hospital or private research organisation.",
        ),
        unknown=t("Wat voor werkgever bent u?", "What kind of employer are you?"),
        not_applicable=t(
            "Voor deze soort leerplaats stelt de regeling geen eis aan de soort werkgever.",
            "The regulation sets no condition on the kind of employer for this kind of place.",
        ),
    ),
    Criterion(
        id="realised_place",
        label=t("Gerealiseerde leerplaats", "Realised learning place"),
        applies=C.is_in(*COVERED),
        test=x.all_(raw_fraction > 0, x.if_(limit.is_none(), True, prior < limit)),
        citation=_art("art. 1 onder b en c, art. 20", "Artikel20"),
        met=t(
            "U begeleidde de leerling of student echt: {realised_place_fraction} van een "
            "volledige plaats telt mee.",
            "You actually supervised the pupil or student: {realised_place_fraction} of a full "
            "place counts.",
        ),
        not_met=t(
            "Er is geen plaats om subsidie voor te krijgen: er waren geen weken of maanden met "
            "begeleiding, of u kreeg voor deze persoon al subsidie voor het hoogste aantal "
            "volledige plaatsen.",
            "There is no place to subsidise: there were no weeks or months of supervision, or "
            "you already received the subsidy for the highest number of full places for this "
            "person.",
        ),
        unknown=t(
            "Nodig: de weken (of maanden en uren) met begeleiding in dit studiejaar.",
            "Needed: the weeks (or months and hours) of supervision in this training year.",
        ),
        not_applicable=t(
            "Deze soort leerplaats valt niet onder de regeling.",
            "This kind of place is not covered.",
        ),
    ),
)

NOTES = (
    Note(
        id="pro_rata",
        citation=_art("art. 14, 15 en 21", "Artikel15"),
        text=t(
            "Het bedrag is een maximum. RVO verdeelt het budget van elke onderwijscategorie over "
            "alle plaatsen waarvoor subsidie is aangevraagd; is er meer aangevraagd dan het "
            "budget, dan krijgt iedereen naar verhouding minder. Dat hoort u bij de beslissing.",
            "The amount is a maximum. RVO divides each education category's budget over all "
            "places applied for; if more is asked than the budget, everyone gets "
            "proportionally less. You learn this with the decision.",
        ),
    ),
    Note(
        id="not_first_come",
        citation=_rvo("RVO, Tips voor aanvragers", "dien aanvraag op tijd in", RVO_TIPS),
        text=t(
            "Wie eerder in de ronde aanvraagt, krijgt niet meer: RVO beslist over alle aanvragen "
            "van een studiejaar tegelijk. Wacht toch niet tot de laatste dag.",
            "Applying earlier in the round does not give more: RVO decides on all applications "
            "of a training year at once. Still, do not wait until the last day.",
        ),
    ),
    Note(
        id="deadline_17_00",
        citation=_art("art. 17 lid 1", "Artikel17"),
        text=t(
            "De aanvraag moet op de laatste dag vóór 17.00 uur binnen zijn. Deze check kijkt "
            "alleen naar de datum.",
            "The application must arrive before 17:00 on the last day. This check looks at the "
            "date only.",
        ),
    ),
    Note(
        id="derde_leerweg_not_assessed",
        when=C.is_in("mbo_derde_leerweg", "mbo_bol"),
        citation=_rvo("MijnRVO, Praktijkleren: voorwaarden", "voorwaarden mbo", MIJN_RVO),
        text=t(
            "Voor een student in de derde leerweg bestaat een aparte regeling van het ministerie "
            "van SZW: de Subsidieregeling praktijkleren in de derde leerweg. Die beoordeelt deze "
            "check niet. Voor mbo-bol bestaat geen subsidie praktijkleren.",
            "For a student in the derde leerweg there is a separate scheme of the Ministry of "
            "Social Affairs: the Subsidieregeling praktijkleren in de derde leerweg. This check "
            "does not assess it. There is no praktijkleren subsidy for mbo-bol.",
        ),
    ),
    Note(
        id="sector_supplement",
        when=x.out("sector_supplement_possible").eq(True),
        citation=_art("art. 15b en 15c", "Artikel15b"),
        text=t(
            "Voor dit studiejaar kunt u in dezelfde aanvraag ook de aanvullende subsidie voor "
            "landbouw, horeca of recreatie vragen. Het bedrag is het budget gedeeld door het "
            "aantal plaatsen; het staat pas na de beslissing vast.",
            "For this training year you can also ask, in the same application, for the "
            "supplement for agriculture, hospitality or recreation. Its amount is the budget "
            "divided by the number of places; it is fixed only with the decision.",
        ),
    ),
    Note(
        id="climate_supplement_2025",
        when=C.eq("mbo_bbl") & Y.eq(2025),
        citation=_art("art. 15b lid 2 en 15c1", "Artikel15c1"),
        text=t(
            "Volgt de student een mbo-opleiding uit bijlage 4 van de regeling (klimaat- en "
            "energietransitie)? Dan kunt u voor studiejaar 2025-2026 ook een aanvulling van ten "
            "hoogste € 500 per plaats vragen. Deze check rekent die niet uit.",
            "Does the student follow an mbo programme in annex 4 of the regulation (climate and "
            "energy transition)? Then for 2025-2026 you can also ask for a supplement of at most "
            "€ 500 per place. This check does not compute it.",
        ),
    ),
    Note(
        id="opening_is_rvo_practice",
        for_advisers=True,
        citation=_rvo(
            "RVO, Subsidieregeling praktijkleren: Aanvragen", "aanvraagproces", RVO_APPLY
        ),
        text=t(
            "De regeling noemt alleen de sluitingsdatum (art. 17 lid 1). De opening is "
            "uitvoeringspraktijk van RVO. Een officiële openingsdatum is voor geen ronde "
            "gevonden; niet-officiële bronnen noemen 2 juni voor 2025 en 2026. Daarom geldt hier: "
            "vóór 1 juni van het sluitingsjaar is de ronde dicht, daarna is zij open zodra RVO dat "
            "meldt (hier onbeslist tot de sluitingsdag).",
            "The regulation names only the closing date (art. 17(1)). The opening is RVO's "
            "practice. No official opening date was found for any round; unofficial sources "
            "name 2 June for 2025 and 2026. So here: before 1 June of the closing year the round "
            "is closed; after that it is open once RVO says so (undecided here until the "
            "closing day).",
        ),
    ),
    Note(
        id="earlier_rounds",
        for_advisers=True,
        when=year_int <= 2022,
        citation=_art("art. 14a en 17 lid 1", "Artikel14a", TEXT_2021),
        text=t(
            "Sluitingsdata van eerdere rondes: 17 september 2018 voor 2017-2018 (RVO, tips voor "
            "aanvragers), 16 september 2020 voor 2019-2020 (art. 14a), 16 september 2021 en 16 "
            "september 2022 (art. 17 lid 1 in de teksten van 2021 en 2022). De tekst die de ronde "
            "voor 2022-2023 regelde, en de teksten vóór 2021, zijn niet gelezen: daar blijven "
            "sluitingsdatum, maximum en ROD-eis open.",
            "Closing dates of earlier rounds: 17 September 2018 for 2017-2018 (RVO, tips for "
            "applicants), 16 September 2020 for 2019-2020 (art. 14a), 16 September 2021 and 16 "
            "September 2022 (art. 17(1) in the texts of 2021 and 2022). The text that governed "
            "the 2022-2023 round, and the texts before 2021, were not read: there the closing "
            "date, the maximum and the ROD condition stay open.",
        ),
    ),
    Note(
        id="hbo_sector_before_2018",
        for_advisers=True,
        when=C.is_in(*HBO) & (year_int < 2018),
        citation=Citation(
            title="Subsidieplafonds Subsidieregeling praktijkleren 2018-2019",
            article="Stcrt. 2019, 48191",
            url=STCRT_2019,
        ),
        text=t(
            "De sector gezondheidszorg, gedrag en maatschappij staat in het budget vanaf "
            "2018-2019. Of die sector er eerder al onder viel, is niet nagegaan; daarom blijft dat "
            "hier open.",
            "The sector health care, behaviour and society is in the budget from 2018-2019. "
            "Whether it was covered before was not verified; so that stays open here.",
        ),
    ),
    Note(
        id="maximum_from_2025",
        for_advisers=True,
        when=year_int >= 2025,
        citation=_rvo("RVO, Praktijkleren Dutch Caribbean", "amount of funding", RVO_CARIBBEAN),
        text=t(
            "Vanaf 3 september 2025 stelt een jaarlijks bekendmakingsbesluit het maximum per "
            "plaats vast (art. 15 lid 1). Dat besluit is niet gevonden. Voor 2025-2026 noemt RVO "
            "€ 2.700; voor latere studiejaren is geen maximum ingevuld, dus geen bedrag berekend.",
            "From 3 September 2025 a yearly decision sets the maximum per place (art. 15(1)). "
            "That decision was not found. For 2025-2026 RVO states € 2,700; for later training "
            "years no maximum is filled in, so no amount is computed.",
        ),
    ),
    Note(
        id="recognition_for_mbo",
        for_advisers=True,
        when=C.eq("mbo_bbl"),
        citation=_rvo("MijnRVO, Praktijkleren", "voorwaarden mbo", MIJN_RVO),
        text=t(
            "Voor mbo-bbl staat de erkenning door SBB niet letterlijk in art. 5; zij volgt uit de "
            "praktijkovereenkomst (art. 7.2.8 en 7.2.10 WEB), die alleen een erkend leerbedrijf "
            "kan sluiten.",
            "For mbo-bbl SBB recognition is not literally in art. 5; it follows from the practical "
            "training agreement (art. 7.2.8 and 7.2.10 WEB), which only a recognised company can "
            "conclude.",
        ),
    ),
    Note(
        id="vmbo_hours_from_rvo",
        for_advisers=True,
        when=C.eq("vmbo_lwt"),
        citation=_rvo("MijnRVO, Praktijkleren", "voorwaarden vmbo", MIJN_RVO),
        text=t(
            "De grens van 640 tot 1.280 klokuren voor het vmbo komt van RVO; art. 11 verwijst "
            "naar art. 2.38 lid 9 WVO 2020, dat hier niet is gelezen.",
            "The limit of 640 to 1,280 clock hours for vmbo comes from RVO; art. 11 refers to "
            "art. 2.38(9) WVO 2020, which was not read here.",
        ),
    ),
)

SCHEME = Scheme(
    id="praktijkleren",
    version="2026.1",
    title=t("Subsidieregeling praktijkleren", "Subsidieregeling praktijkleren"),  # its legal name
    summary=t(
        "Tot € 2.700 per volledige leerplaats per studiejaar voor een werkgever die een "
        "leerling of student in de praktijk begeleidde (mbo-bbl, hbo, vmbo, vso, "
        "praktijkonderwijs) of een promovendus of toio in dienst had.",
        "Up to € 2,700 per full learning place per training year for an employer that "
        "supervised a pupil or student in practice (mbo-bbl, hbo, vmbo, special secondary, "
        "practical education) or employed a PhD candidate or toio.",
    ),
    eligible_means=t(
        "Op de aanvraagdatum kunt u voor deze leerplaats in dit studiejaar met succes "
        "aanvragen; het bedrag hangt af van het budget.",
        "On the application date you can apply with success for this place in this training "
        "year; the amount depends on the budget.",
    ),
    audience=EMPLOYER_SIDE,
    legal_basis=Citation(title="Subsidieregeling praktijkleren", article="art. 1-35", url=TEXT),
    facts=FACTS,
    criteria=CRITERIA,
    outputs=OUTPUTS,
    notes=NOTES,
    not_assessed=(
        t(
            "De Subsidieregeling praktijkleren in de derde leerweg (van het ministerie van SZW) is "
            "een andere regeling. Die beoordelen we niet; kijk op rvo.nl.",
            "The Subsidieregeling praktijkleren in de derde leerweg (of the Ministry of Social "
            "Affairs) is another scheme. It is not assessed here; see rvo.nl.",
        ),
        t(
            "Het bedrag per plaats hangt af van hoeveel werkgevers aanvragen. RVO stelt het na de "
            "aanvraagronde vast; wij noemen het maximum.",
            "The amount per place depends on how many employers apply. RVO sets it after the "
            "round; we give the maximum.",
        ),
        t(
            "Praktijkleren op Bonaire, Sint Eustatius en Saba beoordelen we niet. Vraag het na bij "
            "RVO.",
            "Work-based learning on Bonaire, Sint Eustatius and Saba is not assessed. Ask RVO.",
        ),
    ),
    availability=AvailabilityRule(
        citation=_art("art. 34", "Artikel34"),
        in_force_from=IN_FORCE_FROM,
        in_force_to=LAPSES - timedelta(days=1),
        before_text=t(
            "De regeling gold toen nog niet; zij begon op 1 januari 2014.",
            "The regulation did not apply yet; it started on 1 January 2014.",
        ),
    ),
)
