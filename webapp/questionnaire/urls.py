"""URLs of the guided questionnaire, included under /check/ by `webapp.urls`."""

from django.urls import path

from . import views

app_name = "questionnaire"

urlpatterns = [
    path("", views.start_page, name="start"),
    path("for/<str:audience>/", views.topic_page, name="topic"),
    path("situations/", views.situations_page, name="situations"),
    path("scheme/<str:scheme_id>/", views.scheme_start, name="scheme"),
    path("next/", views.next_page, name="next"),
    path("question/<str:fact_id>/", views.question_page, name="question"),
    path("answers/", views.answers_page, name="answers"),
    path("results/", views.results_page, name="results"),
    path("results/<str:scheme_id>/", views.result_page, name="result"),
    path("results/<str:scheme_id>/amounts/", views.calculate_amounts, name="amounts"),
    path("results/<str:scheme_id>/follow-up/", views.follow_up, name="follow_up"),
    path("results/<str:scheme_id>/calendar.ics", views.calendar_file, name="calendar"),
    path("results/<str:scheme_id>/handover.pdf", views.handover_pdf, name="pdf"),
    path("save/", views.save, name="save"),
    path("saved/", views.saved_page, name="saved"),
    path("resume/", views.resume, name="resume"),
    path("restart/", views.restart, name="restart"),
    path("language/<str:lang>/", views.switch_language, name="language"),
]
