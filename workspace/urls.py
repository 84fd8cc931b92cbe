"""URLs of the adviser workspace, mounted under /werkruimte/.

Every URL with a case, check or adviser in it must be answered 404 for another
organisation's objects: `tests/workspace/test_isolation.py` walks this list.
"""

from django.urls import path

from . import views

app_name = "workspace"

urlpatterns = [
    path("inloggen/", views.login, name="login"),
    path("uitloggen/", views.logout, name="logout"),
    path("uitnodiging/<uidb64>/<token>/", views.accept_invitation, name="accept_invitation"),
    path("uitnodiging/klaar/", views.invitation_done, name="invitation_done"),
    path("", views.case_list, name="case_list"),
    path("stand-van-de-wet/", views.law_status, name="law_status"),
    path("dossiers/nieuw/", views.case_create, name="case_create"),
    path("dossiers/<uuid:case_id>/", views.case_detail, name="case_detail"),
    path("dossiers/<uuid:case_id>/wijzigen/", views.case_edit, name="case_edit"),
    path("dossiers/<uuid:case_id>/verwijderen/", views.case_delete, name="case_delete"),
    path("dossiers/<uuid:case_id>/check/", views.case_start_check, name="case_start_check"),
    path(
        "dossiers/<uuid:case_id>/checks/toevoegen/",
        views.case_attach_check,
        name="case_attach_check",
    ),
    path(
        "dossiers/<uuid:case_id>/checks/<int:check_id>/",
        views.case_check_detail,
        name="case_check_detail",
    ),
    path(
        "dossiers/<uuid:case_id>/checks/<int:check_id>/gezien/",
        views.case_check_change_seen,
        name="case_check_change_seen",
    ),
    path("dossiers/<uuid:case_id>/overdracht/", views.case_handover, name="case_handover"),
    path(
        "dossiers/<uuid:case_id>/overdracht.pdf", views.case_handover_pdf, name="case_handover_pdf"
    ),
    path("beheer/adviseurs/", views.adviser_list, name="adviser_list"),
    path(
        "beheer/adviseurs/<int:membership_id>/actief/",
        views.adviser_set_active,
        name="adviser_set_active",
    ),
    path("beheer/contact/", views.organisation_contact, name="organisation_contact"),
    path("beheer/logboek/", views.audit_log, name="audit_log"),
    path("beheer/logboek.csv", views.audit_log_csv, name="audit_log_csv"),
]
