import pytest

from .content import build_report


@pytest.fixture
def report(db):
    return build_report()
