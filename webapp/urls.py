"""URL configuration of the project."""

from django.urls import include, path

from . import views

urlpatterns = [
    path("", views.home, name="home"),
    path("favicon.ico", views.favicon, name="favicon"),
    path("over/<str:slug>/", views.statement, name="statement"),
    path("api/v1/", include("eligibility.api.urls")),
    path("check/", include("webapp.questionnaire.urls")),
    path("werkruimte/", include("workspace.urls")),
]

# Under /api/ these answer in the API's one error shape; elsewhere with the usual page.
handler404 = "eligibility.api.errors.not_found"
handler500 = "eligibility.api.errors.server_error"
