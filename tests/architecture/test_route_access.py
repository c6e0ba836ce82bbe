"""Every URL declares who may use it (GOV.UK Notify's test_route_authentication, for Django).

A view declares its audience with `foidesk.accounts.access.public`, `requester_required` or
`staff_required(role)`; API operations declare theirs in foidesk.api (public or token auth). This
test walks the whole URL conf, so a route added without a declaration fails here.
"""

from __future__ import annotations

from collections.abc import Iterator

from django.urls import URLPattern, URLResolver, get_resolver

from foidesk.accounts.access import ACCESS_ATTRIBUTE, access_of, public, staff_required


def walk(patterns: list, prefix: str = "") -> Iterator[tuple[str, URLPattern]]:
    for p in patterns:
        if isinstance(p, URLResolver):
            yield from walk(p.url_patterns, prefix + str(p.pattern))
        elif isinstance(p, URLPattern):
            yield prefix + str(p.pattern), p


def undeclared_routes() -> list[str]:
    missing = []
    for route, pattern in walk(get_resolver().url_patterns):
        if access_of(pattern.callback) is None and not ninja_operations_declared(pattern):
            missing.append(f"/{route} ({pattern.lookup_str})")
    return missing


def ninja_operations_declared(pattern: URLPattern) -> bool:
    """A django-ninja route is declared when every operation behind it has token auth or was
    marked public by foidesk.api.access."""
    from ninja.operation import PathView

    cells = getattr(pattern.callback, "__closure__", None) or ()
    path_view = next((c.cell_contents for c in cells if isinstance(c.cell_contents, PathView)),
                     None)
    operations = getattr(path_view, "operations", None)
    if not operations:
        return False
    for op in operations:
        if op.auth_callbacks:
            continue
        if access_of(op.view_func) is None:
            return False
    return True


def test_every_route_declares_who_may_use_it():
    assert undeclared_routes() == []


def test_the_url_conf_is_not_empty_so_the_check_above_means_something():
    assert len(list(walk(get_resolver().url_patterns))) > 3


def test_an_undecorated_view_is_reported_as_undeclared():
    def naked(request):
        raise AssertionError("never called")

    assert access_of(naked) is None
    assert not hasattr(naked, ACCESS_ATTRIBUTE)


def test_the_decorators_record_their_audience():
    def page(request):
        raise AssertionError("never called")

    assert str(access_of(public(page))) == "public"
    assert str(access_of(staff_required("approver")(page))) == "staff (approver or above)"
