"""Use cases per area. Each function takes a Session, enforces the rules and raises named
errors from :mod:`.errors`; results are frozen dataclasses, never live ORM objects. No Qt."""
