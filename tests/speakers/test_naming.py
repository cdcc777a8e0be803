"""The one name matcher (`speakers/naming.py`): found by any spelling, and the stored keys kept inside it."""

import ast
from pathlib import Path

import pytest

from speakers.models import OrganisationPage, SpeakerPage
from speakers.naming import SpellingIndex
from tests.factories import OrganisationPageFactory, SpeakerPageFactory

ROOT = Path(__file__).resolve().parents[2]
MATCHER = Path("speakers") / "naming.py"


@pytest.fixture
def liang(db):
    return SpeakerPageFactory(given_name="Yonghui", family_name="Liang", title="Liang Yonghui", native_name="梁永辉")


@pytest.fixture
def zhang(db):
    return SpeakerPageFactory(given_name="Wei", family_name="Zhang", title="Zhang Wei")


@pytest.fixture
def zhaojin(db):
    return OrganisationPageFactory(title="Shandong Zhaojin Gold & Silver Refinery Co., Ltd.")


def titles(queryset):
    return sorted(page.title for page in queryset)


def test_spelled_finds_a_person_by_either_order_and_native_name(liang, zhang):
    found = [titles(SpeakerPage.objects.spelled(name)) for name in ("Yonghui Liang", "LIANG Yong-hui", "梁永辉")]

    assert found == [["Liang Yonghui"], ["Liang Yonghui"], ["Liang Yonghui"]]


def test_spelled_finds_a_company_by_another_spelling(zhaojin):
    OrganisationPageFactory(title="Shanghai Metals Market")

    found = titles(OrganisationPage.objects.spelled("Shandong Zhaojin Gold and Silver Refining Co., Ltd."))

    assert found == ["Shandong Zhaojin Gold & Silver Refinery Co., Ltd."]


def test_spelled_matches_whole_names_only(liang):
    found = [titles(SpeakerPage.objects.spelled(name)) for name in ("Liang", "Liang Yong", "Liang Yonghui Wu")]

    assert found == [[], [], []]


def test_spelled_with_several_spellings_finds_pages_known_by_any(liang, zhang):
    found = titles(SpeakerPage.objects.spelled("Nobody Known", "Wei Zhang", "梁永辉"))

    assert found == ["Liang Yonghui", "Zhang Wei"]


def test_spelled_without_a_name_finds_nothing(zhaojin):
    # Legal forms alone have no key; they must not match every page.
    found = [titles(OrganisationPage.objects.spelled(name)) for name in ("", "Co., Ltd.")]

    assert found == [[], []]


def test_spelled_chains_with_other_page_filters(liang):
    assert titles(SpeakerPage.objects.live().spelled("Yonghui Liang")) == ["Liang Yonghui"]
    assert titles(SpeakerPage.objects.not_live().spelled("Yonghui Liang")) == []


def test_spelled_like_finds_names_as_they_are_typed(liang, zhang):
    found = [
        titles(SpeakerPage.objects.spelled_like(text)) for text in ("liang yong", "Yonghui Liang", "hui liang", "梁永")
    ]

    assert found == [["Liang Yonghui"], ["Liang Yonghui"], ["Liang Yonghui"], ["Liang Yonghui"]]


def test_spelled_like_needs_every_word(liang, zhang):
    assert titles(SpeakerPage.objects.spelled_like("liang wei")) == []


def test_spelled_like_finds_company_variants_and_title_text(zhaojin):
    OrganisationPageFactory(title="Shanghai Metals Market")

    found = [titles(OrganisationPage.objects.spelled_like(text)) for text in ("gold and silver refining", "Co., Ltd.")]

    assert found == [[zhaojin.title], [zhaojin.title]]


def test_spelling_index_reads_every_page_in_one_query(liang, zhang, django_assert_num_queries):
    with django_assert_num_queries(1):
        index = SpellingIndex(SpeakerPage.objects.all())

    found = [index.find([name]) for name in ("Yonghui Liang", "梁永辉", "Wei Zhang", "Nobody Known")]
    assert found == [{liang.pk}, {liang.pk}, {zhang.pk}, set()]
    assert index.find(["Zhang Wei", "Liang Yonghui"]) == {liang.pk, zhang.pk}


def test_spelling_index_finds_a_page_added_after_reading(liang):
    index = SpellingIndex(SpeakerPage.objects.all())
    wu = SpeakerPageFactory(given_name="Jing", family_name="Wu", title="Wu Jing", other_names="吴静")

    index.add(wu)

    assert [index.find([name]) for name in ("Jing Wu", "吴静")] == [{wu.pk}, {wu.pk}]


def test_spelling_index_and_manager_agree_after_a_rename(liang):
    liang.other_names = "Y. H. Liang"
    liang.save()

    index = SpellingIndex(SpeakerPage.objects.all())

    assert index.find(["Y H Liang"]) == {liang.pk}
    assert titles(SpeakerPage.objects.spelled("Y H Liang")) == ["Liang Yonghui"]


# --- the stored format lives in speakers/naming.py only ---------------------------------------------


def _docstrings(tree):
    return {
        id(node.body[0].value)
        for node in ast.walk(tree)
        if isinstance(node, (ast.Module, ast.ClassDef, ast.FunctionDef, ast.AsyncFunctionDef))
        and node.body
        and isinstance(node.body[0], ast.Expr)
        and isinstance(node.body[0].value, ast.Constant)
    }


def format_uses(source):
    """Lines where code builds or parses the stored '|k1|k2|' keys, or touches `name_keys` itself."""
    tree = ast.parse(source)
    docstrings = _docstrings(tree)
    lines = set()
    for node in ast.walk(tree):
        if isinstance(node, ast.Constant) and isinstance(node.value, str) and id(node) not in docstrings:
            # '|' at either end: the separator, or f"|{key}|"; 'name_keys' as a lookup or field name.
            if node.value.startswith("|") or node.value.endswith("|") or "name_keys" in node.value:
                lines.add(node.lineno)
        elif isinstance(node, ast.keyword) and (node.arg or "").startswith("name_keys"):
            lines.add(node.value.lineno)
        elif (isinstance(node, ast.Attribute) and node.attr == "name_keys") or (
            isinstance(node, ast.Name) and node.id == "name_keys"
        ):
            lines.add(node.lineno)
    return sorted(lines)


def app_modules(root):
    """Every Python module of the project outside the tests, the migrations and the matcher itself."""
    return [
        path.relative_to(root)
        for top in sorted(root.iterdir())
        if top.is_dir() and not top.name.startswith(".") and top.name != "tests"
        for path in sorted(top.rglob("*.py"))
        if "migrations" not in path.parts and path.relative_to(root) != MATCHER
    ]


def modules_using_the_format(root):
    return [
        f"{path}:{line}"
        for path in app_modules(root)
        for line in format_uses((root / path).read_text(encoding="utf-8"))
    ]


def test_only_the_matcher_knows_how_spelling_keys_are_stored():
    modules = app_modules(ROOT)

    # The scan reaches every app that matches names, and nothing outside naming.py uses the format.
    matchers_before = ["speakers/directory.py", "conference/importers/speakers.py", "bundles/matching.py"]
    assert {Path(path) for path in matchers_before} <= set(modules)
    assert modules_using_the_format(ROOT) == []


@pytest.mark.parametrize(
    "source",
    [
        'SpeakerPage.objects.filter(name_keys__contains=f"|{key}|")',
        "Q(name_keys__contains=key)",
        'keys = packed.strip("|").split("|")',
        'rows = model.objects.values_list("pk", "name_keys")',
        "found = key in page.name_keys",
        "page.name_keys = keys",
        'name_keys = models.TextField(default="")',
        'value = "|" + "|".join(keys) + "|"',
    ],
)
def test_format_check_sees_the_stored_format_built_or_read(source):
    assert format_uses(source) == [1]


def test_format_check_leaves_other_code_alone():
    source = '''"""Stored as '|k1|k2|' (a docstring may say so)."""
ROUTE = r"calendar\\.ics|schedule\\.xml"
page = SpeakerPage.objects.spelled(name).first()
# A comment may say name_keys__contains="|key|".
'''

    assert format_uses(source) == []


def test_format_check_reports_a_module_outside_the_matcher(tmp_path):
    (tmp_path / "speakers" / "migrations").mkdir(parents=True)
    (tmp_path / "speakers" / "naming.py").write_text('SEPARATOR = "|"\n')
    (tmp_path / "speakers" / "migrations" / "0001_initial.py").write_text('FIELD = "name_keys"\n')
    (tmp_path / "reports").mkdir()
    (tmp_path / "reports" / "matching.py").write_text('"""Matching."""\n\nkeys = stored.strip("|").split("|")\n')

    assert modules_using_the_format(tmp_path) == ["reports/matching.py:3"]
