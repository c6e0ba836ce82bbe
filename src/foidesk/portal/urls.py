from django.urls import path

from . import views

app_name = "portal"
urlpatterns = [
    path("", views.home, name="home"),
    path("healthz", views.health, name="health"),
    path("accessibility/", views.accessibility, name="accessibility"),
    path("authorities/", views.authorities, name="authorities"),
    path("authorities/<slug:slug>/", views.authority, name="authority"),
    path("authorities/<slug:slug>/logo", views.authority_logo, name="authority_logo"),
    path("request/", views.request_start, name="request_start"),
    path("request/sent/", views.request_done, name="request_done"),
    path("my-requests/", views.my_requests, name="my_requests"),
    path("my-requests/<int:case_id>/", views.my_request, name="my_request"),
    path("my-requests/<int:case_id>/files/<int:attachment_id>/", views.my_attachment,
         name="my_attachment"),
    path("my-requests/<int:case_id>/clarify/", views.my_request_clarify, name="clarify"),
    path("my-requests/<int:case_id>/review/", views.my_request_review, name="review"),
    path("my-requests/<int:case_id>/withdraw/", views.my_request_withdraw, name="withdraw"),
]
