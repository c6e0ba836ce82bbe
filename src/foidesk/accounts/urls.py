from django.urls import path

from . import views

app_name = "accounts"
urlpatterns = [
    path("sign-in/", views.sign_in, name="sign_in"),
    path("sign-in/email/", views.request_link, name="request_link"),
    path("sign-in/link/", views.magic_link, name="magic_link"),
    path("sign-out/", views.sign_out, name="sign_out"),
]
