from django.apps import AppConfig


class DisclosureConfig(AppConfig):
    name = "foidesk.disclosure"
    label = "disclosure"
    default_auto_field = "django.db.models.BigAutoField"
