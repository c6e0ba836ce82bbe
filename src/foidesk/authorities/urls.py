"""Authority administration routes (/casework/authorities/)."""

from django.urls import path

from . import views

app_name = "authorities"
urlpatterns = [
    path("<slug:slug>/", views.admin_page, name="admin"),
]
