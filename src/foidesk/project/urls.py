"""URL configuration. Every route declares who may use it (tests/architecture/test_route_access.py).

web-core adds the casework include (`cases`); everything else here is the public side.
"""

from django.urls import URLPattern, URLResolver, include, path

urlpatterns: list[URLPattern | URLResolver] = [
    path("accounts/", include("foidesk.accounts.urls")),
    path("disclosure-log/", include("foidesk.disclosure.urls")),
    path("api/", include("foidesk.api.urls")),
    path("", include("foidesk.portal.urls")),
]
