"""Wet flexibel werken: may this employee ask for a change, and what must the employer do?

Art. 2 (since 1 January 2016): a request to change the arbeidsduur (fewer or more hours),
the werktijd (including the spreading of hours) or the arbeidsplaats. The employee needs
26 weeks in service at the intended start, a written request at least 2 months ahead and a
year since the last decision; the employer must decide a month before the start or the
change applies as asked. Art. 2 does not apply below 10 employees, and art. 1a excludes
hours requests after AOW age. Art. 2b (since 1 August 2022): a request for more
predictable and secure work, with its own deadlines (1 or 3 months) and exclusions.
Art. 2a (since 2 August 2022): parents of a child under 8 and informal carers are freed
from the small-employer exemption, the one-year wait and the AOW-age exclusion.

The reference date is the date of the request. Where the law changed, a dated parameter
(``wfw_art2a_in_force``, ``wfw_art2b_in_force``) says which text applies on that date.
"""

from __future__ import annotations

from datetime import date, timedelta
from decimal import Decimal

from rules import expr as x
from rules.facts import Audience, BoolFact, Choice, DateFact, EnumFact, IntFact
from rules.parameters import Parameter, Period
from rules.scheme import AvailabilityRule, Constraint, Criterion, Note, Output, OutputKind, Scheme
from rules.schemes._shared import AOW_AGE, BIRTH_DATE, below_aow_age
from rules.texts import Citation, t

WFW = "https://wetten.overheid.nl/BWBR0011173/2025-01-01"
WFW_2016 = "https://wetten.overheid.nl/BWBR0011173/2016-01-01"
WFW_2022_08_01 = "https://wetten.overheid.nl/BWBR0011173/2022-08-01"
WFW_2022_08_02 = "https://wetten.overheid.nl/BWBR0011173/2022-08-02"
WFW_START = date(2016, 1, 1)
ART2B_START = date(2022, 8, 1)
ART2A_START = date(2022, 8, 2)


def _wfw(article: str, anchor: str, base: str = WFW) -> Citation:
    return Citation(title="Wet flexibel werken", article=article, url=base + anchor)


ART_1A = _wfw("art. 1a", "#Artikel1a")
ART_2 = "#Artikel2"
ART_2A = _wfw("art. 2a", "#Artikel2a")
ART_2B = "#Artikel2b"

EVERYONE = (Audience.WORKER, Audience.EMPLOYER, Audience.ADVISER)

# Request types -------------------------------------------------------------------------

MINDER, MEER = "arbeidsduur_minder", "arbeidsduur_meer"
WERKTIJD, ARBEIDSPLAATS, SPREIDING = "werktijd", "arbeidsplaats", "spreiding"
VOORSPELBAAR = "voorspelbaar_werk"
HOURS = (MINDER, MEER)

# Facts, in the order a user should be asked them. The engine lists missing facts by the
# number of undecided criteria they block, ties in this order.

FACTS = (
    EnumFact(
        id="wfw_request_type",
        question=t("Wat wil de werknemer veranderen?", "What does the employee want to change?"),
        help=t(
            "Kies 'Voorspelbaarder en zekerder werk' voor een verzoek om vaste uren, vaste dagen "
            "of een vast contract (art. 2b).",
            "Choose 'More predictable and secure work' for a request for fixed hours, fixed days "
            "or a permanent contract (art. 2b).",
        ),
        choices=(
            Choice(id=MINDER, label=t("Minder uren werken", "Work fewer hours")),
            Choice(id=MEER, label=t("Meer uren werken", "Work more hours")),
            Choice(id=WERKTIJD, label=t("Andere werktijden", "Different working times")),
            Choice(
                id=ARBEIDSPLAATS,
                label=t(
                    "Een andere werkplek (bijvoorbeeld thuis)",
                    "A different workplace (for example home)",
                ),
            ),
            Choice(
                id=SPREIDING,
                label=t(
                    "De uren anders over de week verdelen",
                    "Spread the hours differently over the week",
                ),
            ),
            Choice(
                id=VOORSPELBAAR,
                label=t(
                    "Voorspelbaarder en zekerder werk (art. 2b)",
                    "More predictable and secure work (art. 2b)",
                ),
            ),
        ),
    ),
    IntFact(
        id="employer_headcount",
        question=t(
            "Hoeveel werknemers heeft de werkgever?", "How many employees does the employer have?"
        ),
        help=t(
            "Tel alle werknemers van de werkgever, ook wie in deeltijd werkt. Het gaat erom of "
            "het er 10 of meer zijn.",
            "Count all the employer's employees, part-timers too. What matters is whether "
            "there are 10 or more.",
        ),
        audience=EVERYONE,
        minimum=Decimal(1),
    ),
    DateFact(
        id="wfw_intended_start_date",
        question=t(
            "Vanaf welke datum moet de aanpassing ingaan?",
            "From which date should the change start?",
        ),
        audience=EVERYONE,
    ),
    EnumFact(
        id="wfw_request_made",
        question=t(
            "Heeft u het verzoek al bij uw werkgever gedaan?",
            "Have you already made the request to your employer?",
        ),
        help=t(
            "Kies 'Nog niet' als u wilt weten of en wanneer u het kunt vragen.",
            "Choose 'Not yet' if you want to know whether and when you can ask.",
        ),
        choices=(
            Choice(id="ja", label=t("Ja, ik heb het al gevraagd", "Yes, I have asked")),
            Choice(id="nog_niet", label=t("Nog niet", "Not yet")),
        ),
        audience=EVERYONE,
        default="ja",
        ask=True,
    ),
    DateFact(
        id="wfw_employment_start_date",
        question=t(
            "Sinds welke datum werkt de werknemer bij deze werkgever?",
            "Since which date has the employee worked for this employer?",
        ),
        help=t(
            "De eerste dag van het eerste contract. Eerder daar gewerkt via een uitzendbureau, of "
            "met een onderbreking van hoogstens 6 maanden? Neem dan de eerste dag van die eerdere "
            "periode. Niet precies bekend? Kies 'Weet ik niet', dan vragen we het aantal weken.",
            "The first day of the first contract. Worked there before through an agency, or with "
            "a gap of at most 6 months? Take the first day of that earlier period. Not known "
            "exactly? Choose 'I do not know', and we ask for the number of weeks.",
        ),
        audience=EVERYONE,
        default=None,
        ask=True,
    ),
    IntFact(
        id="wfw_weeks_in_service",
        question=t(
            "Hoeveel weken is de werknemer op de gewenste ingangsdatum in dienst?",
            "How many weeks will the employee have been in service on the intended start date?",
        ),
        help=t(
            "Tel perioden van werk met onderbrekingen van hoogstens 6 maanden bij elkaar op, ook "
            "bij een vorige werkgever die als opvolger geldt (bijvoorbeeld eerst via een uitzendbureau).",
            "Add up periods of work with gaps of at most 6 months, also with a previous employer "
            "that counts as a predecessor (for example first through an agency).",
        ),
        audience=EVERYONE,
        maximum=Decimal(5200),
    ),
    BoolFact(
        id="wfw_request_written",
        question=t(
            "Is het verzoek schriftelijk gedaan (brief of e-mail)?",
            "Was the request made in writing (letter or e-mail)?",
        ),
        audience=EVERYONE,
    ),
    BIRTH_DATE,
    BoolFact(
        id="parent_child_under_8",
        question=t(
            "Is de werknemer ouder van een kind dat jonger is dan 8 jaar?",
            "Is the employee a parent of a child under 8?",
        ),
        audience=EVERYONE,
    ),
    BoolFact(
        id="informal_carer",
        question=t(
            "Zorgt de werknemer voor iemand die ernstig of levensbedreigend ziek of "
            "hulpbehoevend is (partner, kind, ouder, huisgenoot of ander familielid)?",
            "Does the employee care for someone who is seriously or life-threateningly ill or "
            "in need of help (partner, child, parent, housemate or other relative)?",
        ),
        help=t(
            "Bedoeld is zorg voor een persoon als genoemd in art. 5:1 lid 2 van de Wet arbeid en zorg.",
            "This means care for a person as listed in art. 5:1(2) of the Wet arbeid en zorg.",
        ),
        audience=EVERYONE,
    ),
    BoolFact(
        id="wfw_unforeseen",
        question=t(
            "Is er sprake van onvoorziene omstandigheden (iets onverwachts waardoor de "
            "aanpassing snel nodig is)?",
            "Are there unforeseen circumstances (something unexpected that makes the change "
            "urgent)?",
        ),
        audience=EVERYONE,
    ),
    BoolFact(
        id="household_staff_lt4days",
        question=t(
            "Werkt de werknemer minder dan 4 dagen per week in het huishouden van een particulier "
            "(bijvoorbeeld als huishoudelijke hulp of oppas)?",
            "Does the employee work fewer than 4 days a week in a private person's household "
            "(for example as a cleaner or childminder)?",
        ),
        audience=EVERYONE,
    ),
    BoolFact(
        id="seafarer",
        question=t(
            "Werkt de werknemer als zeevarende of in de zeevisserij?",
            "Does the employee work as a seafarer or in sea fishing?",
        ),
        audience=EVERYONE,
    ),
    DateFact(
        id="wfw_previous_decision_date",
        question=t(
            "Wanneer heeft de werkgever een eerder verzoek van dezelfde soort toegestaan of afgewezen?",
            "When did the employer grant or refuse an earlier request of the same kind?",
        ),
        help=t(
            "Laat leeg als er geen eerder verzoek was.",
            "Leave empty if there was no earlier request.",
        ),
        audience=EVERYONE,
        default=None,
    ),
    DateFact(
        id="wfw_employer_decision_date",
        question=t(
            "Op welke datum heeft de werkgever schriftelijk beslist?",
            "On which date did the employer decide in writing?",
        ),
        help=t(
            "Laat leeg als er nog geen beslissing is.", "Leave empty if there is no decision yet."
        ),
        audience=EVERYONE,
        default=None,
    ),
    EnumFact(
        id="wfw_refusal_ground",
        question=t(
            "Welke reden geeft de werkgever als het verzoek wordt afgewezen?",
            "What reason does the employer give if the request is refused?",
        ),
        choices=(
            Choice(id="none", label=t("Geen afwijzing", "No refusal")),
            Choice(
                id="bedrijfsvoering_herbezetting",
                label=t(
                    "Problemen met het opnieuw invullen van de vrijgekomen uren",
                    "Problems re-staffing the freed hours",
                ),
            ),
            Choice(id="veiligheid", label=t("Problemen met de veiligheid", "Safety problems")),
            Choice(
                id="roostertechnisch", label=t("Problemen met het rooster", "Rostering problems")
            ),
            Choice(
                id="financieel_organisatorisch",
                label=t(
                    "Financiële of organisatorische problemen",
                    "Financial or organisational problems",
                ),
            ),
            Choice(id="onvoldoende_werk", label=t("Er is niet genoeg werk", "Not enough work")),
            Choice(
                id="formatie_budget",
                label=t(
                    "De formatie of het personeelsbudget is te klein",
                    "Staffing plan or personnel budget too small",
                ),
            ),
            Choice(id="other", label=t("Een andere reden", "Another reason")),
        ),
        audience=EVERYONE,
    ),
    BoolFact(
        id="wfw_refusal_reasoned",
        question=t(
            "Heeft de werkgever de afwijzing schriftelijk uitgelegd?",
            "Did the employer explain the refusal in writing?",
        ),
        audience=EVERYONE,
    ),
)

# Dated parameters ----------------------------------------------------------------------


def _since(start: date, value: object, citation: Citation) -> tuple[Period, ...]:
    return (Period(start=start, value=value, citation=citation),)


def _flag(
    name: str, label: tuple[str, str], switch: date, before: Citation, after: Citation
) -> Parameter:
    return Parameter(
        id=name,
        label=t(*label),
        unit="bool",
        periods=(
            Period(start=WFW_START, end=switch - timedelta(days=1), value=False, citation=before),
            Period(start=switch, value=True, citation=after),
        ),
    )


PARAMETERS = (
    AOW_AGE,
    Parameter(
        id="wfw_min_weeks_in_service",
        label=t("minimale diensttijd in weken", "minimum weeks in service"),
        unit="int",
        periods=_since(WFW_START, 26, _wfw("art. 2 lid 1", ART_2, WFW_2016)),
    ),
    Parameter(
        id="wfw_request_lead_months",
        label=t(
            "verzoek minstens zoveel maanden vóór de ingangsdatum",
            "request at least this many months before the start",
        ),
        unit="int",
        periods=_since(WFW_START, 2, _wfw("art. 2 lid 3", ART_2, WFW_2016)),
    ),
    Parameter(
        id="wfw_decision_lead_months",
        label=t(
            "beslissen uiterlijk zoveel maanden vóór de ingangsdatum",
            "decide at the latest this many months before the start",
        ),
        unit="int",
        periods=_since(WFW_START, 1, _wfw("art. 2 lid 12", ART_2, WFW_2016)),
    ),
    Parameter(
        id="wfw_unforeseen_decision_working_days",
        label=t(
            "beslistermijn bij onvoorziene omstandigheden (werkdagen)",
            "decision period in unforeseen circumstances (working days)",
        ),
        unit="int",
        periods=_since(WFW_START, 5, _wfw("art. 2 lid 12", ART_2, WFW_2016)),
    ),
    Parameter(
        id="wfw_repeat_wait_months",
        label=t(
            "wachttijd voor een nieuw verzoek (maanden)", "waiting time for a new request (months)"
        ),
        unit="int",
        # "een jaar nadat de werkgever ... heeft ingewilligd of afgewezen"
        periods=_since(WFW_START, 12, _wfw("art. 2 lid 3, laatste zin", ART_2, WFW_2016)),
    ),
    Parameter(
        id="wfw_small_employer_threshold",
        label=t(
            "art. 2 geldt vanaf dit aantal werknemers",
            "art. 2 applies from this number of employees",
        ),
        unit="int",
        periods=_since(
            WFW_START, 10, _wfw("art. 2 lid 18 (tot 2 augustus 2022: lid 16)", ART_2, WFW_2016)
        ),
    ),
    _flag(
        "wfw_art2a_in_force",
        (
            "uitzonderingen voor ouders en mantelzorgers (art. 2a) gelden",
            "exceptions for parents and carers (art. 2a) apply",
        ),
        ART2A_START,
        _wfw("art. 2a bestond nog niet", ART_2, WFW_2016),
        _wfw("art. 2a", "#Artikel2a", WFW_2022_08_02),
    ),
    _flag(
        "wfw_art2b_in_force",
        (
            "verzoek om voorspelbaar werk (art. 2b) bestaat",
            "request for predictable work (art. 2b) exists",
        ),
        ART2B_START,
        _wfw("art. 2b bestond nog niet", ART_2, WFW_2016),
        _wfw("art. 2b", ART_2B, WFW_2022_08_01),
    ),
    Parameter(
        id="wfw_2b_small_employer_threshold",
        label=t(
            "art. 2b: korte beslistermijn vanaf dit aantal werknemers",
            "art. 2b: short decision period from this number of employees",
        ),
        unit="int",
        periods=_since(ART2B_START, 10, _wfw("art. 2b lid 2", ART_2B, WFW_2022_08_01)),
    ),
    Parameter(
        id="wfw_2b_decision_months",
        label=t(
            "art. 2b: beslistermijn in maanden (10 of meer werknemers)",
            "art. 2b: decision period in months (10 or more employees)",
        ),
        unit="int",
        periods=_since(ART2B_START, 1, _wfw("art. 2b lid 2", ART_2B, WFW_2022_08_01)),
    ),
    Parameter(
        id="wfw_2b_decision_months_small",
        label=t(
            "art. 2b: beslistermijn in maanden (minder dan 10 werknemers)",
            "art. 2b: decision period in months (fewer than 10 employees)",
        ),
        unit="int",
        periods=_since(ART2B_START, 3, _wfw("art. 2b lid 2", ART_2B, WFW_2022_08_01)),
    ),
)

# Building blocks -----------------------------------------------------------------------

TYPE = x.fact("wfw_request_type")
START = x.fact("wfw_intended_start_date")
UNFORESEEN = x.fact("wfw_unforeseen")
PREVIOUS = x.fact("wfw_previous_decision_date")
DECISION = x.fact("wfw_employer_decision_date")
GROUND = x.fact("wfw_refusal_ground")

IS_2B = TYPE.eq(VOORSPELBAAR)
# A worker planning a request (not made yet): the form and timing are advice, not a test.
NOT_YET = x.fact("wfw_request_made").eq("nog_niet")
IS_ART2 = TYPE.ne(VOORSPELBAAR)
PARENT_OR_CARER = x.fact("parent_child_under_8") | x.fact("informal_carer")
# Art. 2a frees parents and carers from art. 1a, 2(3) last sentence and 2(17)-(19); it
# covers requests under art. 2 only, and only from 2 August 2022.
ART2A_APPLIES = x.all_(IS_ART2, x.param("wfw_art2a_in_force"), PARENT_OR_CARER)

ART2_CRITERIA = (
    "request_type_in_force",
    "employer_size",
    "aow_age_not_reached",
    "not_household_staff",
    "not_seafarer",
)
ALL_CRITERIA = (
    *ART2_CRITERIA,
    "weeks_in_service",
    "request_written",
    "request_on_time",
    "repeat_wait",
)

# Weeks in service on the intended start: counted from the date employment began when the
# person gave it, else the number of weeks they gave.
EMPLOYED_SINCE = x.fact("wfw_employment_start_date")
WEEKS_IN_SERVICE = x.out("weeks_in_service_on_start")

OUTPUTS = (
    Output(
        id="weeks_in_service_on_start",
        kind=OutputKind.INT,
        label=t("weken in dienst op de ingangsdatum", "weeks in service on the start date"),
        expr=x.if_(
            EMPLOYED_SINCE.is_none(),
            x.fact("wfw_weeks_in_service"),
            x.floor(x.days_between(EMPLOYED_SINCE, x.fact("wfw_intended_start_date")) / 7),
        ),
    ),
    Output(
        id="art2_applies",
        kind=OutputKind.BOOL,
        label=t(
            "art. 2 (of 2b) geldt voor deze werkgever en werknemer",
            "art. 2 (or 2b) applies to this employer and employee",
        ),
        expr=x.all_(*(x.crit(c) for c in ART2_CRITERIA)),
    ),
    Output(
        id="latest_request_date",
        kind=OutputKind.DATE,
        label=t("uiterste datum voor het verzoek", "latest date for the request"),
        # Art. 2b sets no lead time: no date for a voorspelbaar_werk request.
        expr=x.if_(IS_2B, None, START.plus_months(0 - x.param("wfw_request_lead_months"))),
    ),
    Output(
        id="ask_in_writing_by",
        kind=OutputKind.DATE,
        label=t("doe het schriftelijk uiterlijk op", "ask in writing no later than"),
        # Art. 2(3): at least two months before the intended start. None once asked.
        expr=x.if_(NOT_YET, x.out("latest_request_date"), None),
    ),
    Output(
        id="request_timely",
        kind=OutputKind.BOOL,
        label=t("verzoek schriftelijk en op tijd", "request in writing and in time"),
        expr=x.if_(NOT_YET, None, x.crit("request_written") & x.crit("request_on_time")),
    ),
    Output(
        id="decision_deadline",
        kind=OutputKind.DATE,
        label=t("uiterste datum voor de beslissing", "latest date for the decision"),
        expr=x.if_(
            IS_2B,
            x.on().plus_months(
                x.if_(
                    x.fact("employer_headcount") >= x.param("wfw_2b_small_employer_threshold"),
                    x.param("wfw_2b_decision_months"),
                    x.param("wfw_2b_decision_months_small"),
                )
            ),
            x.if_(
                UNFORESEEN,
                x.on().plus_working_days(x.param("wfw_unforeseen_decision_working_days")),
                START.plus_months(0 - x.param("wfw_decision_lead_months")),
            ),
        ),
    ),
    Output(
        id="deemed_granted",
        kind=OutputKind.BOOL,
        label=t("geacht toegestaan (fictieve instemming)", "deemed granted"),
        expr=x.if_(DECISION.is_none(), None, x.out("decision_deadline") < DECISION),
    ),
    Output(
        id="next_request_date",
        kind=OutputKind.DATE,
        label=t(
            "vanaf deze datum kan een nieuw verzoek", "a new request is possible from this date"
        ),
        expr=x.if_(
            PREVIOUS.is_none() | ART2A_APPLIES,
            None,
            PREVIOUS.plus_months(x.param("wfw_repeat_wait_months")),
        ),
    ),
    Output(
        id="refusal_test",
        kind=OutputKind.ENUM,
        label=t("toets voor een afwijzing", "test for a refusal"),
        expr=x.case(
            TYPE,
            {
                MINDER: "zwaarwegend_belang",
                MEER: "zwaarwegend_belang",
                WERKTIJD: "zwaarwegend_belang",
                ARBEIDSPLAATS: "afwegen_en_overleggen",
                SPREIDING: "redelijkheid_en_billijkheid",
                # Art. 2b sets no substantive test, only a written, reasoned decision: the
                # closest value of the contract (see note refusal_test_2b).
                VOORSPELBAAR: "afwegen_en_overleggen",
            },
        ),
        choices=(
            Choice(
                id="zwaarwegend_belang",
                label=t(
                    "alleen bij zwaarwegende bedrijfs- of dienstbelangen",
                    "only for serious business or service interests",
                ),
            ),
            Choice(
                id="afwegen_en_overleggen",
                label=t(
                    "belangen afwegen, overleggen en een schriftelijke, gemotiveerde beslissing",
                    "weigh the interests, consult and decide in writing with reasons",
                ),
            ),
            Choice(
                id="redelijkheid_en_billijkheid",
                label=t("naar redelijkheid en billijkheid", "in reasonableness and fairness"),
            ),
        ),
    ),
    Output(
        id="refusal_ground_statutory",
        kind=OutputKind.BOOL,
        label=t("reden staat als voorbeeld in de wet", "ground is a statutory example"),
        expr=x.if_(
            GROUND.eq("none"),
            None,
            x.case(
                TYPE,
                {
                    MINDER: GROUND.is_in(
                        "bedrijfsvoering_herbezetting", "veiligheid", "roostertechnisch"
                    ),
                    MEER: GROUND.is_in(
                        "financieel_organisatorisch", "onvoldoende_werk", "formatie_budget"
                    ),
                    WERKTIJD: GROUND.is_in(
                        "veiligheid", "roostertechnisch", "financieel_organisatorisch"
                    ),
                },
            ),
        ),
    ),
)

CRITERIA = (
    Criterion(
        id="request_type_in_force",
        label=t(
            "Het verzoek om voorspelbaar werk bestaat op de datum van het verzoek",
            "The request for predictable work exists on the date of the request",
        ),
        applies=IS_2B,
        test=x.param("wfw_art2b_in_force").eq(True),
        citation=_wfw("art. 2b (sinds 1 augustus 2022)", ART_2B),
        met=t(
            "Het verzoek om voorspelbaarder en zekerder werk (art. 2b) bestaat sinds 1 augustus 2022.",
            "The request for more predictable and secure work (art. 2b) exists since 1 August 2022.",
        ),
        not_met=t(
            "Op {on} bestond het verzoek om voorspelbaarder en zekerder werk nog niet: art. 2b geldt "
            "pas vanaf 1 augustus 2022.",
            "On {on} the request for more predictable and secure work did not exist yet: art. 2b "
            "applies only from 1 August 2022.",
        ),
        unknown=t(
            "Of art. 2b op {on} al gold, kan deze check niet bepalen.",
            "This check cannot tell whether art. 2b applied on {on}.",
        ),
        not_applicable=t(
            "Een verzoek over uren, werktijd, spreiding of werkplek kan sinds 1 januari 2016.",
            "A request about hours, working time, spreading or workplace is possible since 1 January 2016.",
        ),
    ),
    Criterion(
        id="employer_size",
        label=t("De wet geldt voor deze werkgever", "The law applies to this employer"),
        applies=IS_ART2,
        test=(x.fact("employer_headcount") >= x.param("wfw_small_employer_threshold"))
        | ART2A_APPLIES,
        citation=_wfw("art. 2 lid 18 (tot 2 augustus 2022: lid 16); art. 2a", ART_2),
        met=t(
            "Art. 2 geldt voor deze werkgever: die heeft minstens 10 werknemers ({employer_headcount}), "
            "of de uitzondering voor kleine werkgevers vervalt omdat de werknemer ouder is van een kind "
            "onder 8 jaar of mantelzorger is (art. 2a).",
            "Art. 2 applies to this employer: it has at least 10 employees ({employer_headcount}), or "
            "the small-employer exemption falls away because the employee is a parent of a child under "
            "8 or an informal carer (art. 2a).",
        ),
        not_met=t(
            "Uw werkgever heeft minder dan 10 werknemers ({employer_headcount}). Dan geldt deze wet "
            "alleen voor ouders van een kind onder 8 jaar en mantelzorgers (sinds 2 augustus 2022), "
            "en dat bent u hier niet. Uw werkgever moet wel een eigen regeling hebben voor het "
            "aanpassen van de arbeidsduur.",
            "Your employer has fewer than 10 employees ({employer_headcount}). Then this law applies "
            "only to parents of a child under 8 and informal carers (since 2 August 2022), and here "
            "you are neither. Your employer must still have its own arrangement for changing the "
            "arbeidsduur.",
        ),
        unknown=t(
            "Nodig: het aantal werknemers van de werkgever, en bij minder dan 10 of de werknemer ouder "
            "is van een kind onder 8 jaar of mantelzorger is.",
            "Needed: the employer's number of employees and, below 10, whether the employee is a "
            "parent of a child under 8 or an informal carer.",
        ),
        not_applicable=t(
            "Bij een verzoek om voorspelbaar werk (art. 2b) zijn kleine werkgevers niet uitgezonderd; "
            "zij krijgen alleen een langere beslistermijn.",
            "For a request for predictable work (art. 2b) small employers are not exempt; they only "
            "get a longer decision period.",
        ),
    ),
    Criterion(
        id="aow_age_not_reached",
        label=t(
            "Bij een verzoek over de arbeidsduur: AOW-leeftijd nog niet bereikt (of art. 2a)",
            "For an hours request: state-pension (AOW) age not reached (or art. 2a)",
        ),
        applies=TYPE.is_in(*HOURS),
        test=below_aow_age() | ART2A_APPLIES,
        citation=ART_1A,
        met=t(
            "Op {on} heeft de werknemer de AOW-leeftijd nog niet bereikt, of art. 2a zet de "
            "AOW-uitzondering opzij (ouder van een kind onder 8 jaar of mantelzorger).",
            "On {on} the employee has not reached the state-pension (AOW) age, or art. 2a sets the "
            "AOW exclusion aside (parent of a child under 8 or informal carer).",
        ),
        not_met=t(
            "Op {on} heeft de werknemer de AOW-leeftijd bereikt. De wet geldt dan niet voor het "
            "aanpassen van de arbeidsduur (art. 1a).",
            "On {on} the employee has reached the state-pension (AOW) age. The law then does not apply "
            "to changing the arbeidsduur (art. 1a).",
        ),
        unknown=t(
            "Nodig: uw geboortedatum. Heeft u die gegeven, dan ligt uw AOW-leeftijd nog niet vast: "
            "die is minstens 67 jaar en 3 maanden. De SVB noemt uw AOW-datum.",
            "Needed: your date of birth. If you gave it, your AOW age is not fixed yet: it is at "
            "least 67 years and 3 months. The SVB gives your AOW date.",
        ),
        not_applicable=t(
            "De AOW-leeftijd speelt alleen bij een verzoek om minder of meer uren.",
            "The AOW age matters only for a request for fewer or more hours.",
        ),
    ),
    Criterion(
        id="not_household_staff",
        label=t(
            "Art. 2b: geen huishoudelijk personeel dat minder dan 4 dagen per week werkt",
            "Art. 2b: not household staff working fewer than 4 days a week",
        ),
        applies=IS_2B,
        test=~x.fact("household_staff_lt4days"),
        citation=_wfw("art. 2b lid 5 onder a", ART_2B),
        met=t(
            "De werknemer is geen huishoudelijk personeel dat minder dan 4 dagen per week werkt.",
            "The employee is not household staff working fewer than 4 days a week.",
        ),
        not_met=t(
            "Art. 2b geldt niet voor wie minder dan 4 dagen per week in het huishouden van een "
            "particulier werkt.",
            "Art. 2b does not apply to someone working fewer than 4 days a week in a private household.",
        ),
        unknown=t(
            "Nodig: werkt de werknemer minder dan 4 dagen per week in een particulier huishouden?",
            "Needed: does the employee work fewer than 4 days a week in a private household?",
        ),
        not_applicable=t(
            "Deze uitzondering geldt alleen voor een verzoek om voorspelbaar werk (art. 2b).",
            "This exclusion applies only to a request for predictable work (art. 2b).",
        ),
    ),
    Criterion(
        id="not_seafarer",
        label=t(
            "Art. 2b: geen zeevarende of zeevisser", "Art. 2b: not a seafarer or sea-fishing crew"
        ),
        applies=IS_2B,
        test=~x.fact("seafarer"),
        citation=_wfw("art. 2b lid 5 onder b", ART_2B),
        met=t(
            "De werknemer werkt niet op een zee-arbeidsovereenkomst of in de zeevisserij.",
            "The employee does not work on a seafarer's or sea-fishing contract.",
        ),
        not_met=t(
            "Art. 2b geldt niet voor zeevarenden en werknemers in de zeevisserij.",
            "Art. 2b does not apply to seafarers and sea-fishing crew.",
        ),
        unknown=t(
            "Nodig: werkt de werknemer als zeevarende of in de zeevisserij?",
            "Needed: does the employee work as a seafarer or in sea fishing?",
        ),
        not_applicable=t(
            "Deze uitzondering geldt alleen voor een verzoek om voorspelbaar werk (art. 2b).",
            "This exclusion applies only to a request for predictable work (art. 2b).",
        ),
    ),
    Criterion(
        id="weeks_in_service",
        label=t(
            "Minstens 26 weken in dienst op de gewenste ingangsdatum",
            "At least 26 weeks in service on the intended start date",
        ),
        # Art. 2(1) makes an exception for unforeseen circumstances; art. 2b(1) does not.
        test=(x.param("wfw_min_weeks_in_service") <= WEEKS_IN_SERVICE) | (IS_ART2 & UNFORESEEN),
        citation=_wfw("art. 2 lid 1; art. 2b lid 1", ART_2),
        met=t(
            "Op de ingangsdatum bent u minstens 26 weken in dienst, of er zijn onvoorziene "
            "omstandigheden bij een verzoek onder art. 2.",
            "On the start date you have at least 26 weeks in service, or there are unforeseen "
            "circumstances for a request under art. 2.",
        ),
        not_met=t(
            "De werknemer is op de ingangsdatum {weeks_in_service_on_start} weken in dienst; nodig zijn er "
            "minstens 26. Bij een verzoek om voorspelbaar werk (art. 2b) helpen onvoorziene "
            "omstandigheden niet.",
            "The employee has {weeks_in_service_on_start} weeks in service on the start date; at least 26 "
            "are needed. For a request for predictable work (art. 2b) unforeseen circumstances do "
            "not help.",
        ),
        unknown=t(
            "Nodig: het aantal weken in dienst op de gewenste ingangsdatum.",
            "Needed: the number of weeks in service on the intended start date.",
        ),
    ),
    Criterion(
        id="request_written",
        label=t("Het verzoek is schriftelijk gedaan", "The request was made in writing"),
        applies=~NOT_YET,
        test=x.fact("wfw_request_written").eq(True),
        citation=_wfw("art. 2 lid 3; art. 2b lid 1", ART_2),
        met=t("Het verzoek is schriftelijk gedaan.", "The request was made in writing."),
        not_met=t(
            "Het verzoek moet schriftelijk (op papier of per e-mail) bij de werkgever worden ingediend.",
            "The request must be made to the employer in writing (on paper or by e-mail).",
        ),
        unknown=t(
            "Nodig: is het verzoek schriftelijk gedaan?", "Needed: was the request made in writing?"
        ),
        not_applicable=t(
            "U heeft het nog niet gevraagd. Doe het schriftelijk: per brief of e-mail.",
            "You have not asked yet. Do it in writing: by letter or e-mail.",
        ),
    ),
    Criterion(
        id="request_on_time",
        label=t(
            "Verzoek uiterlijk 2 maanden vóór de ingangsdatum (tenzij onvoorzien)",
            "Request at least 2 months before the start (unless unforeseen)",
        ),
        applies=IS_ART2 & ~NOT_YET,
        test=UNFORESEEN | (x.on() <= x.out("latest_request_date")),
        citation=_wfw("art. 2 lid 3", ART_2),
        met=t(
            "Het verzoek van {on} is op tijd: uiterlijk {latest_request_date}, of er zijn onvoorziene "
            "omstandigheden.",
            "The request of {on} is in time: no later than {latest_request_date}, or there are "
            "unforeseen circumstances.",
        ),
        not_met=t(
            "Het verzoek van {on} is te laat: voor een ingangsdatum van {wfw_intended_start_date} moest "
            "het uiterlijk op {latest_request_date} binnen zijn. Een nieuw verzoek met een latere "
            "ingangsdatum kan wel.",
            "The request of {on} is late: for a start on {wfw_intended_start_date} it had to be made by "
            "{latest_request_date}. A new request with a later start date is possible.",
        ),
        unknown=t(
            "Nodig: de gewenste ingangsdatum en of er onvoorziene omstandigheden zijn.",
            "Needed: the intended start date and whether there are unforeseen circumstances.",
        ),
        not_applicable=t(
            "Er is hier geen gedaan verzoek om op tijd te toetsen: het is nog niet gedaan, of het "
            "gaat om voorspelbaar werk (art. 2b, zonder termijn van 2 maanden).",
            "There is no request made to check for timing here: it has not been made yet, or it "
            "is about predictable work (art. 2b, without a 2-month lead time).",
        ),
    ),
    Criterion(
        id="can_still_ask_in_time",
        label=t(
            "U kunt nog op tijd vragen (2 maanden vóór de ingangsdatum)",
            "You can still ask in time (2 months before the start)",
        ),
        applies=IS_ART2 & NOT_YET,
        test=UNFORESEEN | (x.on() <= x.out("latest_request_date")),
        citation=_wfw("art. 2 lid 3", ART_2),
        met=t(
            "Doe het schriftelijk uiterlijk op {latest_request_date}: minstens 2 maanden vóór de "
            "ingangsdatum van {wfw_intended_start_date}.",
            "Ask in writing no later than {latest_request_date}: at least 2 months before the start "
            "on {wfw_intended_start_date}.",
        ),
        not_met=t(
            "Voor een ingangsdatum van {wfw_intended_start_date} had u uiterlijk op "
            "{latest_request_date} moeten vragen. Kies een latere ingangsdatum, minstens 2 maanden "
            "na de dag waarop u het vraagt.",
            "For a start on {wfw_intended_start_date} you had to ask by {latest_request_date}. "
            "Choose a later start date, at least 2 months after the day you ask.",
        ),
        unknown=t(
            "Nodig: de gewenste ingangsdatum en of er onvoorziene omstandigheden zijn.",
            "Needed: the intended start date and whether there are unforeseen circumstances.",
        ),
        not_applicable=t(
            "Dit geldt alleen als u het nog moet vragen.",
            "This applies only if you still have to ask.",
        ),
    ),
    Criterion(
        id="repeat_wait",
        label=t(
            "Minstens een jaar na de beslissing op een eerder verzoek",
            "At least a year after the decision on an earlier request",
        ),
        test=x.any_(
            PREVIOUS.is_none(),
            x.on() >= PREVIOUS.plus_months(x.param("wfw_repeat_wait_months")),
            UNFORESEEN,
            ART2A_APPLIES,
        ),
        citation=_wfw("art. 2 lid 3, laatste zin; art. 2a; art. 2b lid 4", ART_2),
        met=t(
            "Er was geen eerder verzoek, het is minstens een jaar geleden dat de werkgever besliste, "
            "er zijn onvoorziene omstandigheden, of de wachttijd geldt niet voor deze werknemer "
            "(art. 2a: ouder van een kind onder 8 jaar of mantelzorger).",
            "There was no earlier request, the employer decided at least a year ago, there are "
            "unforeseen circumstances, or the waiting time does not apply to this employee (art. 2a: "
            "parent of a child under 8 or informal carer).",
        ),
        not_met=t(
            "De werkgever besliste op {wfw_previous_decision_date} op een eerder verzoek. Een nieuw "
            "verzoek kan pas vanaf {next_request_date}.",
            "The employer decided on an earlier request on {wfw_previous_decision_date}. A new request "
            "is possible only from {next_request_date}.",
        ),
        unknown=t(
            "Nodig: of er onvoorziene omstandigheden zijn, en of de werknemer ouder is van een kind "
            "onder 8 jaar of mantelzorger is.",
            "Needed: whether there are unforeseen circumstances, and whether the employee is a parent "
            "of a child under 8 or an informal carer.",
        ),
    ),
)

ATW = Citation(
    title="Arbeidstijdenwet",
    article="art. 4:1, 4:1a, 5:7, 5:8",
    url="https://wetten.overheid.nl/BWBR0007671/2025-07-01",
)

NOTES = (
    Note(
        id="deemed_grant_if_no_decision",
        when=DECISION.is_none(),
        citation=_wfw("art. 2 lid 12; art. 2b lid 3", ART_2),
        text=t(
            "Er is nog geen schriftelijke beslissing opgegeven. Beslist de werkgever niet uiterlijk "
            "op {decision_deadline} schriftelijk, dan geldt de aanpassing zoals de werknemer die vroeg, "
            "vanaf de gewenste ingangsdatum (fictieve instemming).",
            "No written decision was given. If the employer does not decide in writing by "
            "{decision_deadline}, the change applies as the employee asked, from the intended start "
            "date (deemed grant).",
        ),
    ),
    Note(
        id="deemed_grant_needs_valid_request",
        when=x.out("deemed_granted") & ~x.all_(*(x.crit(c) for c in ALL_CRITERIA)),
        citation=_wfw("art. 2 lid 12", ART_2),
        text=t(
            "De werkgever besliste na de termijn. De wet verbindt daar de aanpassing zoals gevraagd "
            "aan, maar dat veronderstelt een verzoek dat aan de wettelijke voorwaarden voldoet. Hier "
            "is niet aan alle voorwaarden voldaan; of de aanpassing toch geldt, beslist uiteindelijk "
            "de rechter.",
            "The employer decided after the deadline. The law then applies the change as asked, but "
            "that presumes a request meeting the statutory conditions. Not all conditions are met "
            "here; whether the change applies anyway is for a court to decide.",
        ),
    ),
    Note(
        id="f1_unforeseen_deemed_grant",
        when=IS_ART2 & UNFORESEEN,
        citation=Citation(
            title="Wet flexibel werken",
            article="art. 2 lid 12, tweede zin (analogie)",
            url=WFW + ART_2,
            source="INF",
        ),
        text=t(
            "Bij onvoorziene omstandigheden moet de werkgever binnen 5 werkdagen beslissen. De wet "
            "zegt niet uitdrukkelijk wat er gebeurt als die termijn wordt gemist. Deze check past de "
            "fictieve instemming naar analogie toe: een beslissing na de 5 werkdagen telt als "
            "'geacht toegestaan'. Dat is een uitleg, geen vaste regel.",
            "In unforeseen circumstances the employer must decide within 5 working days. The law does "
            "not say explicitly what happens if that period is missed. This check applies the deemed "
            "grant by analogy: a decision after the 5 working days counts as 'deemed granted'. That "
            "is an interpretation, not a settled rule.",
        ),
    ),
    Note(
        id="working_days_no_holidays",
        when=IS_ART2 & UNFORESEEN,
        citation=_wfw("art. 2 lid 12", ART_2),
        text=t(
            "Werkdagen zijn hier maandag tot en met vrijdag. Feestdagen zijn niet afgetrokken; valt er "
            "een feestdag in de termijn, controleer de datum dan zelf.",
            "Working days here are Monday to Friday. Public holidays are not excluded; if a holiday "
            "falls in the period, check the date yourself.",
        ),
    ),
    Note(
        id="f2_court_decides",
        when=TYPE.is_in(MINDER, MEER, WERKTIJD),
        citation=_wfw("art. 2 lid 5, 9, 10 en 11", ART_2),
        text=t(
            "De werkgever mag dit verzoek alleen afwijzen bij zwaarwegende bedrijfs- of "
            "dienstbelangen. De wet noemt voorbeelden, maar de lijst is niet volledig ('in ieder "
            "geval'). Deze check kijkt alleen of de opgegeven reden een wettelijk voorbeeld is; of de "
            "reden echt zwaar genoeg weegt, beslist uiteindelijk de rechter.",
            "The employer may refuse this request only for compelling business or service interests. "
            "The law gives examples, but the list is not exhaustive ('in any case'). This check only "
            "says whether the given reason is a statutory example; whether it really weighs heavily "
            "enough is in the end for a court to decide.",
        ),
    ),
    Note(
        id="refusal_ground_none",
        when=GROUND.eq("none") & TYPE.is_in(MINDER, MEER, WERKTIJD),
        citation=_wfw("art. 2 lid 9, 10 en 11", ART_2),
        text=t(
            "Er is geen afwijzing opgegeven; daarom is niet beoordeeld of een reden in de wet staat.",
            "No refusal was given, so whether a reason is a statutory example was not assessed.",
        ),
    ),
    Note(
        id="refusal_not_reasoned",
        when=x.not_(GROUND.eq("none")) & x.fact("wfw_refusal_reasoned").eq(False),
        citation=_wfw("art. 2 lid 8; art. 2b lid 2", ART_2),
        text=t(
            "Een afwijzing moet schriftelijk en met redenen worden meegedeeld. Een afwijzing zonder "
            "schriftelijke uitleg voldoet niet aan de wet.",
            "A refusal must be given in writing with reasons. A refusal without a written explanation "
            "does not meet the law.",
        ),
    ),
    Note(
        id="refusal_test_2b",
        when=IS_2B,
        citation=_wfw("art. 2b lid 2", ART_2B),
        text=t(
            "Voor een verzoek om voorspelbaar werk noemt de wet geen inhoudelijke toets: de werkgever "
            "beslist schriftelijk en met redenen. De check geeft daarom de lichtste toets "
            "'afwegen_en_overleggen': de werkgever moet het verzoek serieus afwegen en een afwijzing "
            "onderbouwen. Een wettelijke lijst van redenen is er niet.",
            "For a request for predictable work the law sets no substantive test: the employer decides "
            "in writing with reasons. The check therefore gives the lightest test, "
            "'afwegen_en_overleggen': the employer must weigh the request seriously and give reasons "
            "for a refusal. There is no statutory list of reasons.",
        ),
    ),
    Note(
        id="f3_counting_employees",
        citation=Citation(
            title="Wet flexibel werken",
            article="art. 2 lid 18; art. 2b lid 2",
            url=WFW + ART_2,
            source="INF",
        ),
        text=t(
            "De wet zegt niet hoe de werknemers worden geteld (wie meetelt, op welk moment, en of "
            "bedrijven in een groep samen tellen). De check gebruikt het opgegeven aantal. Twijfelt u "
            "rond de grens van 10, vraag dan advies.",
            "The law does not say how employees are counted (who counts, at which moment, and whether "
            "companies in a group count together). The check uses the number given. In doubt around "
            "the threshold of 10, seek advice.",
        ),
    ),
    Note(
        id="f4_illness_claim_not_encoded",
        when=TYPE.eq(MEER),
        citation=_wfw("art. 2", ART_2),
        for_advisers=True,
        text=t(
            "Sommige bronnen (zoals Randstad) zeggen dat meer uren bij ziekte pas ingaan na herstel. "
            "Dat staat niet in de huidige wet en is niet toegepast; een cao kan er wel iets over "
            "zeggen.",
            "Some sources (such as Randstad) say that more hours during illness start only after "
            "recovery. That is not in the current law and is not applied; a collective agreement may "
            "say something about it.",
        ),
    ),
    Note(
        id="f5_small_employer_2b",
        when=IS_2B & (x.fact("employer_headcount") < x.param("wfw_2b_small_employer_threshold")),
        citation=_wfw("art. 2b lid 2", ART_2B),
        text=t(
            "Een werkgever met minder dan 10 werknemers is bij een verzoek om voorspelbaar werk niet "
            "uitgezonderd. Hij krijgt alleen meer tijd: 3 maanden in plaats van 1 maand. Bij een "
            "herhaald soortgelijk verzoek mag hij mondeling beslissen als de redenen niet zijn veranderd.",
            "An employer with fewer than 10 employees is not exempt from a request for predictable "
            "work. It only gets more time: 3 months instead of 1 month. For a repeated similar request "
            "it may decide orally if the reasons have not changed.",
        ),
    ),
    Note(
        id="small_employer_own_arrangement",
        when=~x.crit("employer_size"),
        citation=_wfw("art. 2 lid 18", ART_2),
        text=t(
            "Een werkgever met minder dan 10 werknemers moet zelf een regeling maken voor het "
            "aanpassen van de arbeidsduur. Vraag uw werkgever naar die regeling.",
            "An employer with fewer than 10 employees must make its own arrangement for changing the "
            "arbeidsduur. Ask your employer about that arrangement.",
        ),
    ),
    Note(
        id="small_employer_reading",
        when=~x.crit("employer_size"),
        citation=_wfw("art. 2 lid 18", ART_2),
        for_advisers=True,
        text=t(
            "Sommige bronnen (zoals retail.lawyer) zeggen dat de uitzondering voor kleine werkgevers "
            "alleen voor de arbeidsduur geldt en niet voor werktijd of werkplek. Art. 2 lid 18 zegt "
            "dat heel art. 2 niet geldt; deze check volgt de wet.",
            "Some sources (such as retail.lawyer) say the small-employer exemption covers only the "
            "arbeidsduur, not working time or workplace. Art. 2(18) says all of art. 2 does not "
            "apply; this check follows the law.",
        ),
    ),
    Note(
        id="art2a_plausible",
        when=ART2A_APPLIES,
        citation=ART_2A,
        text=t(
            "De werkgever mag vragen dat de werknemer aannemelijk maakt dat hij ouder is van een kind "
            "onder 8 jaar of mantelzorger is. De eisen van 26 weken in dienst, een schriftelijk "
            "verzoek en 2 maanden vooraf blijven ook voor hen gelden.",
            "The employer may ask the employee to make it plausible that they are a parent of a child "
            "under 8 or an informal carer. Art. 2a does not lift the requirements of 26 weeks in "
            "service, a written request and 2 months' notice.",
        ),
    ),
    Note(
        id="art2a_not_yet",
        when=IS_ART2 & PARENT_OR_CARER & x.param("wfw_art2a_in_force").eq(False),
        citation=ART_2A,
        text=t(
            "De uitzonderingen voor ouders van een kind onder 8 jaar en mantelzorgers (art. 2a) gelden "
            "pas vanaf 2 augustus 2022. Op {on} golden ze nog niet.",
            "The exceptions for parents of a child under 8 and informal carers (art. 2a) apply only "
            "from 2 August 2022. On {on} they did not apply yet.",
        ),
    ),
    Note(
        id="art2a_not_for_2b",
        when=IS_2B & PARENT_OR_CARER,
        citation=ART_2A,
        text=t(
            "De uitzonderingen van art. 2a voor ouders en mantelzorgers gelden alleen voor verzoeken "
            "over uren, werktijd en werkplek, niet voor een verzoek om voorspelbaar werk (art. 2b).",
            "The art. 2a exceptions for parents and carers apply only to requests about hours, working "
            "time and workplace, not to a request for predictable work (art. 2b).",
        ),
    ),
    Note(
        id="repeat_2b_same_kind",
        when=IS_2B & ~PREVIOUS.is_none(),
        citation=_wfw("art. 2b lid 4", ART_2B),
        text=t(
            "De wachttijd van een jaar bij art. 2b telt vanaf de beslissing op een eerder verzoek om "
            "voorspelbaar werk. Geef daarom de datum van die beslissing op, niet die van een verzoek "
            "over uren of werkplek.",
            "The one-year wait of art. 2b counts from the decision on an earlier request for "
            "predictable work. Give the date of that decision, not of a request about hours or workplace.",
        ),
    ),
    Note(
        id="request_content",
        when=IS_ART2,
        citation=_wfw("art. 2 lid 3 onder a-c", ART_2),
        text=t(
            "Het verzoek moet de gewenste ingangsdatum noemen, en de gewenste omvang van de uren, de "
            "gewenste werkplek of de gewenste spreiding van de uren. Dat controleert deze check niet.",
            "The request must state the intended start date and the desired hours, the desired "
            "workplace or the desired spreading of hours. This check does not verify that.",
        ),
    ),
    Note(
        id="cao_deviation",
        when=IS_ART2,
        citation=_wfw("art. 2 lid 17 en 19 (tot 2 augustus 2022: lid 15 en 17)", ART_2),
        text=t(
            "Een cao, een regeling van de overheid of (zonder die) een schriftelijke afspraak met de "
            "ondernemingsraad mag afwijken bij meer uren, werktijd en werkplek, maar niet bij minder "
            "uren en niet ten nadele van ouders van een kind onder 8 jaar en mantelzorgers (art. 2a). "
            "Zulke afwijkingen beoordeelt deze check niet.",
            "A collective agreement, a public-law regulation or (absent those) a written agreement with "
            "the works council may deviate for more hours, working time and workplace, but not for "
            "fewer hours and not against parents of a child under 8 and informal carers (art. 2a). "
            "This check does not assess such deviations.",
        ),
    ),
    Note(
        id="spreiding_as_werktijd",
        when=TYPE.eq(SPREIDING),
        citation=Citation(
            title="Wet flexibel werken",
            article="art. 2 lid 3 onder c, 7 en 12",
            url=WFW + ART_2,
            source="INF",
        ),
        text=t(
            "Een verzoek om de uren anders te spreiden valt onder het verzoek over de werktijd (art. 2 "
            "lid 3 onder c). De termijnen en de fictieve instemming van de werktijd zijn daarom ook "
            "hier toegepast; de werkgever mag de spreiding alleen wijzigen als redelijkheid en "
            "billijkheid dat vragen.",
            "A request to spread the hours differently is part of the request about working time "
            "(art. 2(3)(c)). The periods and the deemed grant for working time are therefore applied "
            "here too; the employer may change the spreading only if reasonableness and fairness "
            "require it.",
        ),
    ),
    Note(
        id="atw_limits",
        when=TYPE.is_in(MEER, WERKTIJD, SPREIDING),
        citation=ATW,
        text=t(
            "Een aanpassing blijft binnen de Arbeidstijdenwet (bijvoorbeeld hoogstens 12 uur per dienst "
            "en 60 uur per week). Bij het vaststellen van werktijden moet de werkgever ook rekening "
            "houden met zorg en andere persoonlijke omstandigheden (art. 4:1 Atw).",
            "A change stays within the Working Hours Act (for example at most 12 hours per shift and "
            "60 hours per week). When setting working times the employer must also take care duties "
            "and other personal circumstances into account (art. 4:1 Atw).",
        ),
    ),
    Note(
        id="military_officials",
        when=IS_ART2,
        citation=_wfw("art. 2 lid 2", ART_2),
        text=t(
            "Voor militaire ambtenaren regelt een aparte algemene maatregel van bestuur het aanpassen "
            "van de arbeidsduur; deze check beoordeelt dat niet.",
            "For military officials a separate order in council governs changing the arbeidsduur; this "
            "check does not assess that.",
        ),
    ),
)

SCHEME = Scheme(
    id="wfw",
    version="2026.3",
    title=t(
        "Wet flexibel werken: uren, werktijd of werkplek aanpassen",
        "Flexible Working Act: changing hours, working time or workplace",
    ),
    summary=t(
        "Mag de werknemer vragen om minder of meer uren, andere werktijden, een andere werkplek of "
        "voorspelbaarder werk, en wat moet de werkgever dan doen?",
        "May the employee ask for fewer or more hours, other working times, another workplace or "
        "more predictable work, and what must the employer then do?",
    ),
    eligible_means=t(
        "Ja, dit verzoek mag: de wet geeft de werknemer er recht op, en de werkgever moet er "
        "volgens de regels van de wet op beslissen.",
        "Yes, this request is allowed: the law gives the employee the right to make it, and the "
        "employer must decide on it under the rules of the law.",
    ),
    audience=EVERYONE,
    legal_basis=_wfw("art. 1a, 2, 2a, 2b", ""),
    facts=FACTS,
    parameters=PARAMETERS,
    criteria=CRITERIA,
    outputs=OUTPUTS,
    notes=NOTES,
    constraints=(
        Constraint(
            id="previous_decision_before_decision",
            fact="wfw_previous_decision_date",
            test=PREVIOUS < DECISION,
            message=t(
                "De beslissing op een eerder verzoek moet vóór de beslissing op dit verzoek liggen.",
                "The decision on an earlier request must come before the decision on this request.",
            ),
        ),
    ),
    not_assessed=(
        t(
            "Of uw werkgever een zwaarwegend belang heeft om nee te zeggen, beoordelen we niet. "
            "Bespreek het met uw werkgever; bij onenigheid kunt u advies vragen bij het Juridisch "
            "Loket.",
            "We do not judge whether your employer has weighty interests to say no. Discuss it "
            "with your employer; in a dispute you can ask the Juridisch Loket for advice.",
        ),
        t(
            "Wat uw cao of een regeling van uw werkgever extra regelt, nemen we niet mee. Kijk in "
            "uw cao of vraag het uw werkgever.",
            "We leave out what your collective agreement or an arrangement of your employer adds. "
            "Check your collective agreement or ask your employer.",
        ),
        t(
            "Wat minder of meer uren betekenen voor uw loon, pensioen of toeslagen, berekenen we "
            "niet.",
            "We do not calculate what fewer or more hours mean for your pay, pension or "
            "allowances.",
        ),
    ),
    availability=AvailabilityRule(
        in_force_from=WFW_START,
        citation=_wfw("Wet flexibel werken (sinds 1 januari 2016)", "", WFW_2016),
        before_text=t(
            "Vóór 1 januari 2016 gold de Wet aanpassing arbeidsduur; die beoordeelt deze check niet.",
            "Before 1 January 2016 the Wet aanpassing arbeidsduur applied; this check does not assess it.",
        ),
    ),
)
