"""What to do next, per scheme: where and how to apply, who decides, what to bring.

Data, not logic, kept here in the web app because it is advice on procedure, not a rule
the engine evaluates. Each entry cites the procedure section of the project's spec it
comes from (`shared/spec/schemes/*.md`); links are the executing bodies' own pages named
in the spec's sources.
"""

from __future__ import annotations

from typing import Any

from django.utils.translation import gettext_lazy as _

NEXT_STEPS: dict[str, dict[str, Any]] = {
    "ww_inkomensverrekening": {
        "body": _("UWV"),
        "steps": [
            _(
                "After each calendar month, report your income on the Inkomstenopgave in Mijn UWV, also when you had no income."
            ),
            _("UWV pays within 10 calendar days after it receives the form."),
            _(
                "Report every change that may matter for your benefit (art. 25 WW); UWV reclaims what was paid too much (art. 36 WW)."
            ),
        ],
        "documents": [_("Your pay slips of the month (gross wage, holiday pay received).")],
        "link": "https://www.uwv.nl/particulieren/werkloos/tijdens-ww-uitkering/detail/werken-en-een-ww-uitkering",
        "source": "spec ww.md §2.6",
    },
    "ww_recht": {
        "body": _("UWV"),
        "steps": [
            _("Apply for WW at UWV within one week after your unemployment starts (art. 26 WW)."),
            _("UWV decides on your application (art. 22 WW)."),
            _("Then report your income to UWV every month, also when you had none."),
        ],
        "documents": [
            _("Your dismissal letter or the end of your contract."),
            _("Your pay slips and annual statements of the last years."),
        ],
        "link": "https://www.uwv.nl/particulieren/werkloos/ik-word-werkloos/detail/kan-ik-een-ww-uitkering-krijgen/eerder-een-ww-uitkering-en-weer-werkloos",
        "source": "spec ww.md §2.6",
    },
    "ww_herleving": {
        "body": _("UWV"),
        "steps": [
            _(
                "Apply for WW at UWV within one week after you became unemployed again; UWV then checks whether your old WW starts again."
            ),
            _("Tell UWV why your old WW stopped and on which date."),
        ],
        "documents": [
            _(
                "The decision of UWV that ended your earlier WW, and proof of the job that ended now."
            )
        ],
        "link": "https://www.uwv.nl/particulieren/werkloos/ik-word-werkloos/detail/kan-ik-een-ww-uitkering-krijgen/eerder-een-ww-uitkering-en-weer-werkloos",
        "source": "spec ww.md §2.6",
    },
    "wfw": {
        "body": _("The employer"),
        "steps": [
            _(
                "The employee asks the employer in writing (letter or e-mail), at least 2 months before the change should start, and says from when and what should change (art. 2 lid 3)."
            ),
            _(
                "The employer consults the employee and decides in writing; a refusal or another decision needs reasons (art. 2 lid 4 and 8)."
            ),
            _(
                "The employer decides at least 1 month before the start (5 working days with unforeseen circumstances). Without a decision in time, the change applies as requested (art. 2 lid 12)."
            ),
            _(
                "A new request of the same kind is possible one year after the decision (art. 2 lid 3)."
            ),
        ],
        "documents": [_("The written request with the start date and the change asked for.")],
        "link": "https://wetten.overheid.nl/BWBR0011173/2025-01-01#Artikel2",
        "source": "spec wfw.md §3.5",
    },
    "slim": {
        "body": _("Uitvoering van Beleid SZW (UVB)"),
        "steps": [
            _(
                "Apply in the subsidy portal of UVB during an application window; you can register from two weeks before it opens."
            ),
            _(
                "Only complete applications are handled. When more is asked than the budget, a lottery decides the order."
            ),
        ],
        "documents": [
            _("A signed SME declaration (mkb-verklaring)."),
            _("A de-minimis declaration and the budget of the project."),
        ],
        "link": "https://www.uitvoeringvanbeleidszw.nl/subsidies-en-regelingen/slim/aanvragen",
        "source": "spec slim.md §2.5",
    },
    "slim_scholing": {
        "body": _("Uitvoering van Beleid SZW (UVB)"),
        "steps": [
            _(
                "Buy the training first: it must be in the training package of a recognised development path on the invoice date (art. 3.5)."
            ),
            _(
                "Apply in the subsidy portal of UVB during a window, with the invoice and proof of payment; the windows are announced in the Staatscourant and on uitvoeringvanbeleidszw.nl (art. 3.12, 3.14)."
            ),
            _(
                "Applications are handled in order of receipt while budget lasts; UVB decides within 13 weeks (art. 3.17, 3.18)."
            ),
        ],
        "documents": [
            _("The invoice of the training provider and proof that you paid it."),
            _("Name, date of birth and citizen service number of each participant."),
        ],
        "link": "https://www.uitvoeringvanbeleidszw.nl/subsidies-en-regelingen/slim",
        "source": "SLIM-regeling art. 3.5, 3.12, 3.14, 3.17, 3.18 (BWBR0043015, 2026-05-23)",
    },
    "groepshulp": {
        "body": _("RVO (Rijksdienst voor Ondernemend Nederland)"),
        "steps": [
            _(
                "Apply online at RVO during the window in November; you need eHerkenning level 3 (art. 8)."
            ),
            _(
                "The subsidy is set directly, without a grant first (art. 9). RVO decides within 13 weeks after the window closes (art. 11)."
            ),
            _(
                "Keep the employment contract for 5 years after the decision; RVO may ask for it (art. 12)."
            ),
        ],
        "documents": [
            _(
                "A declaration on the employment contract (at least 12 months, started on or after 1 August 2023, at least 12 months employed)."
            ),
            _("A statement that the wage costs are not financed otherwise."),
            _("A de-minimis declaration."),
        ],
        "link": "https://www.rvo.nl/groepshulpen-kinderopvang",
        "source": "spec groepshulp.md §1.5",
    },
    "praktijkleren": {
        "body": _("RVO (Rijksdienst voor Ondernemend Nederland)"),
        "steps": [
            _(
                "Apply online at RVO (mijn.rvo.nl, with eHerkenning) per training year, after the supervision. RVO opens the round in June; it closes at 17:00 on 17 September after the training year (art. 17 and 18)."
            ),
            _(
                "One application can hold several students and education categories. RVO decides on all applications of a training year at once, within 13 weeks after 17 September (art. 21 and 22)."
            ),
            _(
                "The amount per place is the category's budget divided over all places applied for, at most the maximum (art. 15)."
            ),
            _(
                "Keep the agreements, the attendance records and the supervision records for 5 years after the training year; RVO may ask for them (art. 19 and 23)."
            ),
            _(
                "For a student in the derde leerweg there is a separate scheme of the Ministry of Social Affairs (Subsidieregeling praktijkleren in de derde leerweg); this check does not assess it."
            ),
        ],
        "documents": [
            _(
                "The practical training agreement (praktijkovereenkomst or internship agreement) with the school."
            ),
            _("The SBB recognition as a training company (erkend leerbedrijf)."),
            _(
                "The attendance records and the supervision records per student, with the weeks of supervision."
            ),
            _(
                "For a PhD candidate or toio: the employment contract and the agreement with the university, NWO or KNAW."
            ),
        ],
        "link": "https://mijn.rvo.nl/praktijkleren",
        "source": "spec praktijkleren.md §2.5; BWBR0034144 art. 15-23",
    },
    "stap": {
        "body": _("UWV (applications) and DUO (training register)"),
        "steps": [
            _(
                "STAP no longer takes applications. For your own training you can use the Levenlanglerenkrediet of DUO (a loan); employers can use the SLIM training subsidy."
            ),
        ],
        "documents": [],
        "link": None,
        "source": "spec stap.md §1.5; nl_leert_door.md §4",
    },
    "levenlanglerenkrediet": {
        "body": _("DUO (Dienst Uitvoering Onderwijs)"),
        "steps": [
            _(
                "Apply in Mijn DUO with your DigiD, before the month from which you want the credit: DUO pays nothing for months before your application (art. 3.21 WSF 2000)."
            ),
            _(
                "Send the tuition fee statement (Verklaring collegegeld/lesgeld) of your school with the application when you pay more than the statutory fee."
            ),
            _(
                "DUO pays the credit at the end of each month. You can ask for a lower amount or stop it in Mijn DUO."
            ),
            _(
                "You repay from 1 January after the year in which the credit stops, within 15 years."
            ),
        ],
        "documents": [
            _("Your DigiD to log in to Mijn DUO."),
            _(
                "The tuition fee statement (Verklaring collegegeld/lesgeld) filled in by your school."
            ),
        ],
        "link": "https://duo.nl/particulier/levenlanglerenkrediet/",
        "source": "spec levenlanglerenkrediet.md §1.2, §1.4; duo.nl Bedragen en uitbetaling",
    },
    "nlld_ontwikkeladvies": {
        "body": _("The career adviser registered the participant"),
        "steps": [_("This scheme has ended; registrations are no longer possible.")],
        "documents": [],
        "link": None,
        "source": "spec nl_leert_door.md §3.A",
    },
    "nlld_scholing": {
        "body": _("Training providers applied; participants followed free courses"),
        "steps": [_("This scheme has ended; the free courses are no longer offered.")],
        "documents": [],
        "link": None,
        "source": "spec nl_leert_door.md §3.B",
    },
    "nlld_sectoraal_maatwerk": {
        "body": _("A sector partnership applied"),
        "steps": [_("This scheme has ended; applications are no longer possible.")],
        "documents": [],
        "link": None,
        "source": "spec nl_leert_door.md §3.C",
    },
}


def for_scheme(scheme_id: str) -> dict[str, Any] | None:
    return NEXT_STEPS.get(scheme_id)
