"""Routes of the HTTP API, mounted at `/api/v1/` by `webapp.urls`."""

from django.urls import include, path
from drf_spectacular.views import SpectacularAPIView, SpectacularSwaggerSplitView

from . import bulk, views

app_name = "api"

urlpatterns = [
    path("schemes/", views.SchemeListView.as_view(), name="scheme-list"),
    path("schemes/<str:scheme_id>/", views.SchemeDetailView.as_view(), name="scheme-detail"),
    path("evaluations/", views.EvaluationView.as_view(), name="evaluation"),
    path("evaluations/bulk/", bulk.BulkEvaluationView.as_view(), name="evaluation-bulk"),
    path("screenings/", views.ScreeningView.as_view(), name="screening"),
    path("screenings/bulk/", bulk.BulkScreeningView.as_view(), name="screening-bulk"),
    path("checks/", include("eligibility.api.checks")),
    path("schema/", SpectacularAPIView.as_view(), name="schema"),
    path("docs/", SpectacularSwaggerSplitView.as_view(url_name="api:schema"), name="docs"),
]
