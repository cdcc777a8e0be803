import pytest

from .content import build_report


@pytest.fixture
def report(db):
    return build_report()


@pytest.fixture
def small_report(db):
    """One of everything with tiny images: quick to build where a test only needs some content."""
    return build_report(1, image_size=(8, 8))
