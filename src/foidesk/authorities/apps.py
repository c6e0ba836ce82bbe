from django.apps import AppConfig


class AuthoritiesConfig(AppConfig):
    name = "foidesk.authorities"
    label = "authorities"
    default_auto_field = "django.db.models.BigAutoField"
