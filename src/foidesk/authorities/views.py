"""The authority administration page: members and roles, retention, calendar overrides."""

from __future__ import annotations

from django.contrib import messages
from django.http import Http404, HttpRequest, HttpResponse
from django.shortcuts import get_object_or_404, redirect, render

from foidesk.accounts.access import staff_required
from foidesk.accounts.models import User

from .forms import CalendarOverrideForm, DetailsForm, MemberForm, RetentionForm
from .models import Authority, CalendarAction, CalendarOverride, Membership, Role, role_allows
from .services import (
    authority_set_retention,
    authority_update_details,
    calendar_override_remove,
    calendar_override_set,
    membership_remove,
    membership_set,
)


def _administered(user: User, slug: str) -> Authority:
    """The authority, if the user administers it; 404 otherwise (never reveal others)."""
    m = Membership.objects.select_related("authority").filter(user=user, authority__slug=slug).first()
    if m is None or not role_allows(m.role, Role.ADMINISTRATOR):
        raise Http404("No such authority.")
    return m.authority


@staff_required("administrator")
def admin_page(request: HttpRequest, slug: str) -> HttpResponse:
    user = request.user
    assert isinstance(user, User)
    authority = _administered(user, slug)
    member_form = MemberForm(prefix="m")
    retention_form = RetentionForm(prefix="r", initial={"retention_days": authority.retention_days})
    calendar_form = CalendarOverrideForm(prefix="c")
    details_form = DetailsForm(prefix="d", initial={
        "colour": authority.colour, "foi_email": authority.foi_email,
        "foi_phone": authority.foi_phone, "foi_address": authority.foi_address,
        "website": authority.website})
    if request.method == "POST":
        what = request.POST.get("what")
        try:
            if what == "member":
                member_form = MemberForm(request.POST, prefix="m")
                if member_form.is_valid():
                    d = member_form.cleaned_data
                    membership_set(actor=user, authority=authority, email=d["email"],
                                   full_name=d["full_name"], role=Role(d["role"]))
                    messages.success(request, f"{d['email']} is now a {d['role']}.")
                    return redirect("authorities:admin", slug=slug)
            elif what == "remove_member":
                m = get_object_or_404(Membership, pk=request.POST.get("membership"),
                                      authority=authority)
                membership_remove(actor=user, membership=m)
                messages.success(request, f"{m.user.email} removed.")
                return redirect("authorities:admin", slug=slug)
            elif what == "details":
                details_form = DetailsForm(request.POST, request.FILES, prefix="d")
                if details_form.is_valid():
                    d = details_form.cleaned_data
                    authority_update_details(
                        actor=user, authority=authority, colour=d["colour"],
                        foi_email=d["foi_email"], foi_phone=d["foi_phone"],
                        foi_address=d["foi_address"], website=d["website"], logo=d["logo"])
                    messages.success(request, "Details saved.")
                    return redirect("authorities:admin", slug=slug)
            elif what == "retention":
                retention_form = RetentionForm(request.POST, prefix="r")
                if retention_form.is_valid():
                    authority_set_retention(actor=user, authority=authority,
                                            days=retention_form.cleaned_data["retention_days"])
                    messages.success(request, "Retention period saved.")
                    return redirect("authorities:admin", slug=slug)
            elif what == "calendar":
                calendar_form = CalendarOverrideForm(request.POST, prefix="c")
                if calendar_form.is_valid():
                    d = calendar_form.cleaned_data
                    calendar_override_set(actor=user, authority=authority, day=d["day"],
                                          action=CalendarAction(d["action"]), reason=d["reason"])
                    messages.success(request, "Calendar corrected; open cases' due dates "
                                              "recomputed.")
                    return redirect("authorities:admin", slug=slug)
            elif what == "remove_override":
                o = get_object_or_404(CalendarOverride, pk=request.POST.get("override"),
                                      authority=authority)
                calendar_override_remove(actor=user, override=o)
                messages.success(request, "Calendar correction removed.")
                return redirect("authorities:admin", slug=slug)
        except (ValueError, PermissionError) as exc:
            messages.error(request, str(exc))
    bound = next((f for f in (member_form, retention_form, calendar_form, details_form)
                  if f.errors), None)
    return render(request, "authorities/admin.html", {
        "authority": authority, "members": authority.memberships.select_related("user"),
        "overrides": authority.calendar_overrides.all(),
        "audit": authority.audit_events.select_related("actor")[:20],
        "member_form": member_form, "retention_form": retention_form,
        "calendar_form": calendar_form, "details_form": details_form, "error_form": bound,
    }, status=400 if bound else 200)
