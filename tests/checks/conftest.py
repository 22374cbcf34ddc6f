from tests.translations.conftest import course_repo

__all__ = ["course_repo"]
