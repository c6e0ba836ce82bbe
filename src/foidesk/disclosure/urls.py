from django.urls import path

from . import views

app_name = "disclosure"
urlpatterns = [
    path("", views.log, name="log"),
    path("feed/", views.LogFeed(), name="feed"),
    path("export.csv", views.export_csv, name="export_csv"),
    path("export.json", views.export_json, name="export_json"),
    path("<int:pk>/", views.response_detail, name="response"),
    path("<int:pk>/files/<int:file_id>/", views.response_file, name="file"),
]
