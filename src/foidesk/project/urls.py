"""URL configuration. Every route declares who may use it (tests/architecture/test_route_access.py).

web-core adds the casework include (`cases`); everything else here is the public side.
"""

from django.urls import URLPattern, URLResolver, include, path

from foidesk.api import views as api_views

urlpatterns: list[URLPattern | URLResolver] = [
    path("accounts/", include("foidesk.accounts.urls")),
    path("accounts/api-tokens/", api_views.tokens, name="api_tokens"),
    path("accounts/api-tokens/<int:token_id>/revoke/", api_views.revoke, name="api_token_revoke"),
    path("casework/authorities/", include("foidesk.authorities.urls")),
    path("casework/", include("foidesk.cases.urls")),
    path("disclosure-log/", include("foidesk.disclosure.urls")),
    path("api/", include("foidesk.api.urls")),
    path("", include("foidesk.portal.urls")),
]
