"""Per-authority branding and the site-wide navigation, as template context.

Authorities are not GOV.UK: each brings its own name, logo and colour, and the text over the colour
is picked for contrast (WCAG 2.1 SC 1.4.3) rather than trusted to the administrator.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Any

from django.conf import settings
from django.http import HttpRequest
from django.urls import NoReverseMatch, reverse

from foidesk.accounts.access import is_staff_member

DEFAULT_COLOUR = "#0b0c0c"
DEFAULT_STRIPE = "#1d70b8"
_HEX = re.compile(r"^#[0-9a-fA-F]{6}$")


@dataclass(frozen=True)
class Brand:
    name: str
    home_url: str
    logo_url: str
    email: str
    background: str
    text: str
    stripe: str


def _luminance(hex_colour: str) -> float:
    """Relative luminance as WCAG 2.1 defines it."""
    channels = [int(hex_colour[i : i + 2], 16) / 255 for i in (1, 3, 5)]
    linear = [c / 12.92 if c <= 0.03928 else ((c + 0.055) / 1.055) ** 2.4 for c in channels]
    return 0.2126 * linear[0] + 0.7152 * linear[1] + 0.0722 * linear[2]


def contrast_ratio(a: str, b: str) -> float:
    la, lb = sorted((_luminance(a), _luminance(b)), reverse=True)
    return (la + 0.05) / (lb + 0.05)


def readable_text_colour(background: str) -> str:
    """White or near-black, whichever contrasts more with the background."""
    return "#ffffff" if contrast_ratio(background, "#ffffff") >= contrast_ratio(
        background, "#0b0c0c"
    ) else "#0b0c0c"


def _safe_reverse(name: str, *args: Any) -> str:
    try:
        return reverse(name, args=args)
    except NoReverseMatch:
        return ""


def brand_for(authority: Any | None) -> Brand:
    """The look of a page: the authority's when the page belongs to one, else the site's."""
    site_name = getattr(settings, "FOIDESK_SITE_NAME", "foidesk")
    if authority is None:
        return Brand(
            name=site_name, home_url=_safe_reverse("portal:home") or "/", logo_url="", email="",
            background=DEFAULT_COLOUR, text="#ffffff", stripe=DEFAULT_STRIPE,
        )
    colour = authority.colour if _HEX.match(authority.colour or "") else DEFAULT_COLOUR
    logo_url = _safe_reverse("portal:authority_logo", authority.slug) if authority.logo else ""
    return Brand(
        name=authority.name,
        home_url=_safe_reverse("portal:authority", authority.slug) or "/",
        logo_url=logo_url,
        email=authority.foi_email,
        background=colour,
        text=readable_text_colour(colour),
        stripe="#0b0c0c" if readable_text_colour(colour) == "#ffffff" else "#ffffff",
    )


def _links(names: list[tuple[str, str]]) -> list[tuple[str, str]]:
    links = [(label, _safe_reverse(name)) for label, name in names]
    return [(label, href) for label, href in links if href]


def site(request: HttpRequest) -> dict[str, Any]:
    """Context processor: site name, navigation, sign-in links, whether compiled assets exist."""
    user = getattr(request, "user", None)
    nav = [
        ("Authorities", "portal:authorities"),
        ("Disclosure log", "disclosure:log"),
        ("Track my requests", "portal:my_requests"),
    ]
    if user is not None and is_staff_member(user):
        nav.append(("Casework", "cases:inbox"))
    return {
        "site_name": getattr(settings, "FOIDESK_SITE_NAME", "foidesk"),
        "nav_items": _links(nav),
        "footer_items": _links(
            [("Disclosure log", "disclosure:log"), ("API", "api:openapi-view"),
             ("Accessibility", "portal:accessibility")]
        ),
        "sign_in_url": _safe_reverse("accounts:sign_in"),
        "sign_out_url": _safe_reverse("accounts:sign_out"),
        "frontend_assets": settings.FRONTEND_ASSETS_PRESENT,
    }
