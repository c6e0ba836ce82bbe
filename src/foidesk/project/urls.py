"""URL configuration. Every route declares who may use it (see tests/architecture)."""

from django.urls import URLPattern, URLResolver, include, path

urlpatterns: list[URLPattern | URLResolver] = [
    path("", include("foidesk.portal.urls")),
]
