"""URL configuration. Every route declares who may use it (tests/architecture/test_route_access.py).

web-core adds the casework include (`cases`); everything else here is the public side.
"""

from django.urls import URLPattern, URLResolver, include, path

urlpatterns: list[URLPattern | URLResolver] = [
    path("accounts/", include("foidesk.accounts.urls")),
    path("casework/authorities/", include("foidesk.authorities.urls")),
    path("casework/", include("foidesk.cases.urls")),
    path("", include("foidesk.portal.urls")),
]
