"""`{% brand authority as brand %}`: the name, logo and colours a page is drawn in."""

from __future__ import annotations

from typing import Any

from django import template

from foidesk.project.branding import Brand, brand_for

register = template.Library()


@register.simple_tag
def brand(authority: Any = None) -> Brand:
    return brand_for(authority or None)
