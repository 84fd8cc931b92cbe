"""Pages of the adviser workspace. Thin: objects come from `selectors` (always within the
adviser's organisation, 404 otherwise), changes go through `services`.
"""

from __future__ import annotations

import csv
from collections.abc import Callable
from datetime import timedelta
from functools import wraps
from typing import Any
from urllib.parse import urlencode

from django.contrib import messages
from django.contrib.auth import views as auth_views
from django.contrib.auth.decorators import login_required
from django.contrib.auth.tokens import default_token_generator
from django.core.paginator import Paginator
from django.http import HttpRequest, HttpResponse, HttpResponseRedirect
from django.shortcuts import redirect, render
from django.urls import NoReverseMatch, reverse, reverse_lazy
from django.utils.encoding import force_bytes
from django.utils.http import urlsafe_base64_encode
from django.utils.translation import get_language, gettext_lazy
from django.utils.translation import gettext as _
from django.views.decorators.http import require_http_methods, require_POST

from eligibility import catalogue, checks, clock, offers, presenters, reevaluation
from eligibility import services as eligibility_services

from . import documents, selectors, services, wording
from .forms import (
    AdviserForm,
    AttachCheckForm,
    CaseFilterForm,
    CaseForm,
    ContactForm,
    LoginForm,
)
from .models import Case, CaseCheck

View = Callable[..., HttpResponse]

# The guided questionnaire's first page for advisers (choose a topic and the reference date);
# the workspace links to it with the case.
QUESTIONNAIRE_START = "questionnaire:topic"
# Where the questionnaire's "Add to case" leaves the saved check for `case_attach_check`
# (the questionnaire names the same key; the two apps do not import each other).
HANDOVER_SESSION_KEY = "questionnaire_handover"
PAGE_SIZE = 50


def adviser_required(view: View) -> View:
    """Signed in, active and member of a loket; anyone else is sent to the login page or 403."""

    @login_required
    @wraps(view)
    def wrapped(request: HttpRequest, *args: Any, **kwargs: Any) -> HttpResponse:
        selectors.membership(request.user)
        return view(request, *args, **kwargs)

    return wrapped


def lang() -> str:
    return "en" if (get_language() or "nl").startswith("en") else "nl"


def scheme_titles() -> dict[str, str]:
    return {s["id"]: s["title"][lang()] for s in catalogue.list_schemes(clock.today())}


# Signing in --------------------------------------------------------------------------------


login = auth_views.LoginView.as_view(
    template_name="workspace/login.html",
    authentication_form=LoginForm,
    redirect_authenticated_user=True,
)
logout = auth_views.LogoutView.as_view()


class AcceptInvitation(auth_views.PasswordResetConfirmView):
    """Set a password with an invitation link; the link of a deactivated adviser is dead."""

    template_name = "workspace/set_password.html"
    success_url = reverse_lazy("workspace:invitation_done")

    def get_user(self, uidb64: str) -> Any:
        user = super().get_user(uidb64)
        return user if user is not None and user.is_active else None


accept_invitation = AcceptInvitation.as_view()


def invitation_done(request: HttpRequest) -> HttpResponse:
    return render(request, "workspace/invitation_done.html")


# Cases -------------------------------------------------------------------------------------


@adviser_required
def case_list(request: HttpRequest) -> HttpResponse:
    titles = scheme_titles()
    form = CaseFilterForm(request.GET or None, schemes=sorted(titles.items(), key=lambda kv: kv[1]))
    flt = selectors.CaseFilter()
    if form.is_valid():
        days = form.cleaned_data["active"]
        flt = selectors.CaseFilter(
            query=form.cleaned_data["q"].strip(),
            mine_only=form.cleaned_data["mine"],
            scheme=form.cleaned_data["scheme"],
            status=form.cleaned_data["status"],
            active_since=clock.now() - timedelta(days=int(days)) if days else None,
        )
    page = Paginator(selectors.search_cases(request.user, flt), PAGE_SIZE).get_page(
        request.GET.get("page")
    )
    query = request.GET.copy()
    query.pop("page", None)
    return render(
        request,
        "workspace/case_list.html",
        {
            "form": form,
            "page": page,
            "query": query.urlencode(),
            "filtered": flt != selectors.CaseFilter(),
        },
    )


@adviser_required
def case_create(request: HttpRequest) -> HttpResponse:
    form = CaseForm(request.POST or None)
    if request.method == "POST" and form.is_valid():
        try:
            case = services.create_case(
                selectors.organisation(request.user),
                request.user,
                form.cleaned_data["client_reference"],
                form.cleaned_data["notes"],
            )
        except services.WorkspaceError as exc:
            form.add_error(exc.field, exc.message)
        else:
            messages.success(request, _("The case has been created."))
            return redirect("workspace:case_detail", case_id=case.pk)
    return render(request, "workspace/case_form.html", {"form": form, "case": None})


@adviser_required
def case_detail(request: HttpRequest, case_id: str) -> HttpResponse:
    case = selectors.case(request.user, case_id)
    services.record_case_view(case, request.user)
    titles = scheme_titles()
    return render(
        request,
        "workspace/case_detail.html",
        {
            "case": case,
            "checks": [_check_summary(c, titles) for c in selectors.case_checks(case)],
            "attach_form": AttachCheckForm(),
            "questionnaire_url": questionnaire_start_url(request, case),
        },
    )


@adviser_required
def case_edit(request: HttpRequest, case_id: str) -> HttpResponse:
    case = selectors.case(request.user, case_id)
    initial = {"client_reference": case.client_reference, "notes": case.notes}
    form = CaseForm(request.POST or None, initial=initial)
    if request.method == "POST" and form.is_valid():
        try:
            services.update_case(
                case,
                request.user,
                form.cleaned_data["client_reference"],
                form.cleaned_data["notes"],
            )
        except services.WorkspaceError as exc:
            form.add_error(exc.field, exc.message)
        else:
            messages.success(request, _("The case has been saved."))
            return redirect("workspace:case_detail", case_id=case.pk)
    return render(request, "workspace/case_form.html", {"form": form, "case": case})


@adviser_required
def case_delete(request: HttpRequest, case_id: str) -> HttpResponse:
    case = selectors.case(request.user, case_id)
    if request.method == "POST":
        services.delete_case(case, request.user)
        messages.success(request, _("The case and its checks have been deleted."))
        return redirect("workspace:case_list")
    return render(request, "workspace/case_delete.html", {"case": case})


@adviser_required
def case_start_check(request: HttpRequest, case_id: str) -> HttpResponse:
    case = selectors.case(request.user, case_id)
    url = questionnaire_start_url(request, case)
    if url is None:
        messages.error(
            request,
            _("The questionnaire is not available. Add a check with the code of a saved check."),
        )
        return redirect("workspace:case_detail", case_id=case.pk)
    return HttpResponseRedirect(url)


def questionnaire_start_url(request: HttpRequest, case: Case) -> str | None:
    """The questionnaire's start page in adviser mode for `case`; None when it is not installed.

    The questionnaire gets `case` (the case's UUID) and `return_to`: the page that takes
    the saved check (POST its `token`, or its `code`, with the CSRF token).
    """
    try:
        start = reverse(QUESTIONNAIRE_START, kwargs={"audience": "adviser"})
    except NoReverseMatch:
        return None
    attach = reverse("workspace:case_attach_check", kwargs={"case_id": case.pk})
    query = {
        "audience": "adviser",
        "case": str(case.pk),
        "return_to": attach,
        "case_ref": case.client_reference,
        "case_url": reverse("workspace:case_detail", kwargs={"case_id": case.pk}),
    }
    return f"{start}?{urlencode(query)}"


@require_http_methods(["GET", "POST"])
@adviser_required
def case_attach_check(request: HttpRequest, case_id: str) -> HttpResponse:
    """Copy a saved check into the case: by its token (from the questionnaire) or its code.

    GET takes the check the questionnaire's "Add to case" left in this adviser's session
    for this page (and no other): nothing travels in the address."""
    case = selectors.case(request.user, case_id)
    if request.method == "GET":
        return _attach_handed_over(request, case)
    token = request.POST.get("token", "").strip()
    form = AttachCheckForm(request.POST)
    if token or form.is_valid():
        try:
            services.attach_check(
                case, request.user, token=token, code="" if token else form.cleaned_data["code"]
            )
        except services.WorkspaceError as exc:
            form = AttachCheckForm(request.POST)
            form.is_valid()
            form.add_error("code", exc.message)
        else:
            messages.success(request, _("The check has been added to the case."))
            return redirect("workspace:case_detail", case_id=case.pk)
    titles = scheme_titles()
    context = {
        "case": case,
        "checks": [_check_summary(c, titles) for c in selectors.case_checks(case)],
        "attach_form": form,
        "questionnaire_url": questionnaire_start_url(request, case),
    }
    return render(request, "workspace/case_detail.html", context, status=400)


def _attach_handed_over(request: HttpRequest, case: Case) -> HttpResponse:
    handover = request.session.pop(HANDOVER_SESSION_KEY, None)
    if not isinstance(handover, dict) or handover.get("to") != request.path:
        return redirect("workspace:case_detail", case_id=case.pk)
    token, code = str(handover.get("token") or ""), str(handover.get("code") or "")
    try:
        services.attach_check(case, request.user, token=token, code="" if token else code)
    except services.WorkspaceError as exc:
        messages.error(request, exc.message)
    else:
        messages.success(request, _("The check has been added to the case."))
    return redirect("workspace:case_detail", case_id=case.pk)


@adviser_required
def case_check_detail(request: HttpRequest, case_id: str, check_id: int) -> HttpResponse:
    """One check as the questionnaire shows its result (the same presenter): conditions,
    amounts, notes, the rule version and the figures used. After a change of law the
    current outcome comes first, and the outcome as saved stays readable below it."""
    case_check = selectors.case_check(request.user, case_id, check_id)
    services.record_case_view(case_check.case, request.user, detail="check")
    titles = scheme_titles()
    code = lang()
    changed = reevaluation.outcome_change(case_check, code, for_adviser=True)
    results = _presented(reevaluation.latest(case_check), code)
    return render(
        request,
        "workspace/check_detail.html",
        {
            "case": case_check.case,
            "check": _check_summary(case_check, titles),
            "results": results,
            "several": len(results) > 1,
            "saved_results": _presented(case_check.result, code) if changed else [],
            "change": changed,
        },
    )


def _presented(result: dict[str, Any], code: str) -> list[dict[str, Any]]:
    """Each scheme's result as the questionnaire presents it, with the figures it used."""
    known = set(catalogue.scheme_ids())
    return [
        {
            "shown": presenters.present(r, code, []),
            "figures": presenters.figures(r, code),
            "availability_label": next(
                (
                    presenters.text(c["label"], code)
                    for c in r["criteria"]
                    if c["id"] in presenters.AVAILABILITY_CRITERIA
                ),
                "",
            ),
        }
        for r in documents.scheme_results(result)
        if r.get("scheme") in known
    ]


@require_POST
@adviser_required
def case_check_change_seen(request: HttpRequest, case_id: str, check_id: int) -> HttpResponse:
    """The adviser has seen how a change of law changed the outcome (an audit entry)."""
    case_check = selectors.case_check(request.user, case_id, check_id)
    services.mark_change_seen(case_check, request.user)
    messages.success(request, _("The change has been marked as seen."))
    return redirect("workspace:case_detail", case_id=case_check.case_id)


@adviser_required
def case_handover(request: HttpRequest, case_id: str) -> HttpResponse:
    """A printable page for the client: notes, checks and the documents to bring."""
    case = selectors.case(request.user, case_id)
    services.record_case_export(case, request.user, detail="handover")
    return render(request, "workspace/handover.html", _handover_context(case))


@adviser_required
def case_handover_pdf(request: HttpRequest, case_id: str) -> HttpResponse:
    """The handover as a PDF, drawn by WeasyPrint (imported only here: it is large)."""
    from .pdf import render_pdf

    case = selectors.case(request.user, case_id)
    services.record_case_export(case, request.user, detail="handover_pdf")
    pdf = render_pdf("workspace/handover_pdf.html", _handover_context(case), request)
    response = HttpResponse(pdf, content_type="application/pdf")
    response["Content-Disposition"] = 'attachment; filename="overdracht.pdf"'
    return response


def _handover_context(case: Case) -> dict[str, Any]:
    titles = scheme_titles()
    case_checks = list(selectors.case_checks(case))
    results = [r for c in case_checks for r in documents.scheme_results(reevaluation.latest(c))]
    return {
        "case": case,
        "organisation": case.organisation,
        "checks": [
            {**_check_summary(c, titles), "schemes": _handover_schemes(c)} for c in case_checks
        ],
        "documents": documents.documents_for(documents.facts_to_prove(results)),
        "today": clock.today(),
    }


def _handover_schemes(case_check: CaseCheck) -> list[dict[str, Any]]:
    """Per scheme of a check, what the client takes home: the outcome in one sentence, the
    amounts and dates, what to do next and the documents to bring."""
    code = lang()
    known = set(catalogue.scheme_ids())
    shown = []
    for result in documents.scheme_results(reevaluation.latest(case_check)):
        if result.get("scheme") not in known:
            continue
        presented = presenters.present(dict(result), code, [])
        shown.append(
            {
                "result": presented,
                "next_steps": offers.next_steps(presented.id),
                "documents": documents.documents_for(documents.facts_to_prove([result])),
            }
        )
    return shown


def _check_summary(case_check: CaseCheck, titles: dict[str, str]) -> dict[str, Any]:
    """A check as the case page and the handover list it: the outcome under today's law,
    and how it changed since the check was saved (with the marker until it is seen)."""
    results = documents.scheme_results(reevaluation.latest(case_check))
    return {
        "id": case_check.pk,
        "title": titles.get(case_check.scheme, case_check.scheme)
        if case_check.scheme
        else AUDIENCE_SCREENINGS.get(case_check.audience, case_check.audience),
        "on": case_check.on,
        "updated_at": case_check.updated_at,
        "added_by": case_check.added_by,
        "code": checks.format_code(case_check.saved_check.code) if case_check.saved_check else "",
        "outcomes": [
            {
                "title": titles.get(r.get("scheme", ""), r.get("scheme", "")),
                "status": r.get("status", ""),
                "status_label": STATUS_LABELS.get(r.get("status", ""), r.get("status", "")),
            }
            for r in results
        ],
        "change": reevaluation.outcome_change(case_check, lang(), for_adviser=True),
        "unseen": reevaluation.has_unseen_change(case_check),
    }


AUDIENCE_SCREENINGS = {
    "worker": gettext_lazy("All schemes for workers and job seekers"),
    "employer": gettext_lazy("All schemes for employers"),
    "adviser": gettext_lazy("All schemes"),
}
STATUS_LABELS = {
    "eligible": gettext_lazy("Eligible"),
    "not_eligible": gettext_lazy("Not eligible"),
    "undetermined": gettext_lazy("Not yet decided"),
}


# Organisation admin: advisers and the audit log --------------------------------------------


@adviser_required
def adviser_list(request: HttpRequest) -> HttpResponse:
    admin = selectors.admin_membership(request.user)
    form = AdviserForm(request.POST or None)
    invitation = None
    if request.method == "POST" and form.is_valid():
        try:
            member = services.invite_adviser(
                admin, form.cleaned_data["email"], form.cleaned_data["is_admin"]
            )
        except services.WorkspaceError as exc:
            form.add_error("email", exc.message)
        else:
            uid = urlsafe_base64_encode(force_bytes(member.user.pk))
            token = default_token_generator.make_token(member.user)
            invitation = {
                "email": member.user.email,
                "url": request.build_absolute_uri(
                    reverse("workspace:accept_invitation", kwargs={"uidb64": uid, "token": token})
                ),
            }
            form = AdviserForm()
    return render(
        request,
        "workspace/advisers.html",
        {"advisers": selectors.advisers(request.user), "form": form, "invitation": invitation},
    )


@require_POST
@adviser_required
def adviser_set_active(request: HttpRequest, membership_id: int) -> HttpResponse:
    member = selectors.adviser(request.user, membership_id)
    admin = selectors.admin_membership(request.user)
    active = request.POST.get("active") == "1"
    try:
        services.set_adviser_active(admin, member, active)
    except services.WorkspaceError as exc:
        messages.error(request, exc.message)
    else:
        if active:
            messages.success(request, _("The account has been activated."))
        else:
            messages.success(request, _("The account has been deactivated."))
    return redirect("workspace:adviser_list")


@adviser_required
def organisation_contact(request: HttpRequest) -> HttpResponse:
    """The loket's contact details, which every handover prints (admins only)."""
    organisation = selectors.admin_membership(request.user).organisation
    form = ContactForm(request.POST or None, instance=organisation)
    if request.method == "POST" and form.is_valid():
        services.update_contact(organisation, request.user, form.cleaned_data)
        messages.success(request, _("The contact details have been saved."))
        return redirect("workspace:organisation_contact")
    return render(request, "workspace/contact.html", {"form": form})


@adviser_required
def audit_log(request: HttpRequest) -> HttpResponse:
    entries = selectors.audit_entries(request.user)
    page = Paginator(entries, PAGE_SIZE).get_page(request.GET.get("page"))
    references = selectors.case_references(
        request.user, {e.case_id for e in page.object_list if e.case_id}
    )
    rows = [
        {
            "entry": e,
            "reference": references.get(e.case_id),
            "description": wording.audit_description(e),
        }
        for e in page.object_list
    ]
    return render(request, "workspace/audit_log.html", {"page": page, "rows": rows})


@adviser_required
def audit_log_csv(request: HttpRequest) -> HttpResponse:
    """The organisation's whole audit log as CSV; exporting it is itself an audit entry."""
    admin = selectors.admin_membership(request.user)
    services.record_audit_export(admin.organisation, request.user)
    response = HttpResponse(content_type="text/csv; charset=utf-8")
    response["Content-Disposition"] = 'attachment; filename="audit-log.csv"'
    writer = csv.writer(response)
    writer.writerow(["at", "actor", "action", "case_id", "subject_user_id", "detail"])
    for entry in selectors.audit_entries(request.user).iterator():
        writer.writerow(
            [
                entry.at.isoformat(),
                _csv_cell(entry.actor.username if entry.actor else "system"),
                entry.action,
                entry.case_id or "",
                entry.subject_user_id or "",
                entry.detail,
            ]
        )
    return response


def _csv_cell(text: str) -> str:
    """A spreadsheet must not read a cell as a formula (an e-mail address may start with =)."""
    return f"'{text}" if text[:1] in ("=", "+", "-", "@", "\t", "\r") else text


@adviser_required
def law_status(request: HttpRequest) -> HttpResponse:
    """The law's status on a date (today unless ?op=YYYY-MM-DD): per scheme in force or not,
    its dated figures and gaps, and the next figure due. For advisers only: it explains why
    an amount may be missing; it holds no case data."""
    on = clock.parse_iso_date(request.GET.get("op", "")) or clock.today()
    report = eligibility_services.law_status(on)
    return render(request, "workspace/law_status.html", {"report": report, "on": on})
