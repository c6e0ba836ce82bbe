"""The REST API (django-ninja): OpenAPI schema at /api/openapi.json, documentation at /api/docs."""

from __future__ import annotations

from ninja import NinjaAPI

from foidesk.accounts.access import public

from . import public as public_api
from . import staff

api = NinjaAPI(
    title="foidesk API",
    version="1",
    description=(
        "Read the public disclosure log without authentication. Staff endpoints take an API "
        "token (`Authorization: Bearer fdk_…`) and see exactly what the web interface shows "
        "them: another authority's case is a 404."
    ),
    urls_namespace="api",
    docs_decorator=public,
)
api.add_router("/", public_api.router)
api.add_router("/", staff.router)

_patterns, _app, _namespace = api.urls
for _pattern in _patterns:
    if getattr(_pattern, "name", "") == "api-root":
        public(_pattern.callback)  # ninja's "nothing here" page at /api/
urlpatterns = _patterns
app_name = _namespace  # "api", as NinjaAPI(urls_namespace=...) reverses it
