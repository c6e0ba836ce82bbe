"""People who use foidesk: staff of authorities and requesters share one user model.

Membership of an authority (and the role held there) lives in foidesk.authorities.
"""

from django.contrib.auth.models import AbstractUser
from django.db import models


class User(AbstractUser):
    """A person. Signs in with an email address; `username` is kept equal to it."""

    email = models.EmailField("email address", unique=True)
    full_name = models.CharField(max_length=200, blank=True)

    def __str__(self) -> str:
        return self.full_name or self.email
