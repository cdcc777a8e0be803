from django.urls import path

from . import views

app_name = "conference_editing"
urlpatterns = [
    path("", views.ReportIndexView.as_view(), name="index"),
    path("<int:pk>/progress/", views.ReportProgressView.as_view(), name="progress"),
    path("<int:pk>/schedule/", views.ScheduleReportView.as_view(), name="schedule"),
    path("<int:pk>/next-edition/", views.NextEditionView.as_view(), name="next_edition"),
    path("<int:pk>/translate/", views.TranslateReportView.as_view(), name="translate"),
    path("translations/<int:page_id>/submit/", views.SubmitTranslationView.as_view(), name="submit_translation"),
]
