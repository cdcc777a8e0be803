"""App dependencies point one way: archive -> demo -> site_setup -> bundles -> feeds -> sharing -> awards
-> conference -> speakers -> core -> delivery.

A lower app never names a higher one, in any of the ways Django and Wagtail let code name an app:

- Python imports (`import awards`, `from awards.models import AwardPage`);
- model names as strings: `apps.get_model("awards", "AwardPage")`, `get_model("awards.AwardPage")`
  and any string that is exactly an app label and a model name (`"awards.AwardPage"`), which is how
  lazy relations, `subpage_types` and `parent_page_types` name models. Relations Django needs are
  declared on the higher app's model and point down (`AwardPage.presented_at` names
  `"conference.SessionPage"`), so no exception is needed: a lower app reaches the higher one only
  through the reverse accessor the higher one declares, or through a hook the lower one owns;
- templates: `{% load %}` of a tag library defined in a higher app, and `{% include %}` or
  `{% extends %}` of a higher app's template. Templates live in `templates/<app>/`; the others
  (`base.html`, `includes/`, `blocks/`, error pages, Wagtail admin overrides) belong to core.

`jobs` sits beside the layers and names none of them.
"""

import ast
import re
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
LAYERS = [
    "delivery",
    "core",
    "speakers",
    "conference",
    "awards",
    "sharing",
    "feeds",
    "bundles",
    "site_setup",
    "demo",
    "archive",
]
BESIDE = ["jobs"]
TEMPLATES = "templates"
# "awards.AwardPage": an app label and a model name, the whole string.
MODEL_LABEL = re.compile(r"^([a-z_]+)\.[A-Z]\w*$")
LOAD_TAG = re.compile(r"{%\s*load\s+(.*?)\s*%}")
TEMPLATE_REFERENCE = re.compile(r"""{%\s*(?:include|extends)\s+["']([^"']+)["']""")


def rank(app):
    return LAYERS.index(app) if app in LAYERS else None


def named_apps(path):
    """(app, line, how) for every layer app the Python module at `path` names."""
    tree = ast.parse(path.read_text(), filename=str(path))
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            for alias in node.names:
                yield alias.name.split(".")[0], node.lineno, "imports"
        elif isinstance(node, ast.ImportFrom) and node.level == 0 and node.module:
            yield node.module.split(".")[0], node.lineno, "imports"
        elif isinstance(node, ast.Call) and getattr(node.func, "attr", getattr(node.func, "id", None)) == "get_model":
            first = node.args[0] if node.args else None
            if isinstance(first, ast.Constant) and isinstance(first.value, str):
                yield first.value.split(".")[0], node.lineno, "gets the model of"
        elif isinstance(node, ast.Constant) and isinstance(node.value, str):
            label = MODEL_LABEL.match(node.value)
            if label:
                yield label.group(1), node.lineno, f"names {node.value!r} of"


def python_violations(app):
    own = rank(app)
    return [
        f"{path.relative_to(ROOT)}:{line} {how} {target}"
        for path in sorted((ROOT / app).rglob("*.py"))
        if "migrations" not in path.relative_to(ROOT).parts
        for target, line, how in named_apps(path)
        if target in LAYERS and (own is None or rank(target) > own)
    ]


def template_app(path):
    """The app a template belongs to: templates/<app>/..., everything else is core's."""
    first = path.relative_to(ROOT / TEMPLATES).parts[0]
    return first if first in LAYERS else "core"


def tag_library_owners():
    """{library name: app} for the template tag libraries our apps define."""
    return {
        path.stem: app
        for app in LAYERS + BESIDE
        for path in (ROOT / app / "templatetags").glob("*.py")
        if path.stem != "__init__"
    }


def template_violations(app):
    owners = tag_library_owners()
    found = []
    for path in sorted((ROOT / TEMPLATES).rglob("*.html")):
        if template_app(path) != app:
            continue
        for number, text in enumerate(path.read_text().splitlines(), start=1):
            for libraries in LOAD_TAG.findall(text):
                words = libraries.split()
                # `{% load tag other_tag from library %}` loads from the last word only.
                names = words[-1:] if "from" in words else words
                for name in names:
                    owner = owners.get(name)
                    if owner is not None and rank(owner) > rank(app):
                        found.append(f"{path.relative_to(ROOT)}:{number} loads {name} of {owner}")
            for reference in TEMPLATE_REFERENCE.findall(text):
                owner = reference.split("/")[0]
                if owner in LAYERS and rank(owner) > rank(app):
                    found.append(f"{path.relative_to(ROOT)}:{number} uses {reference} of {owner}")
    return found


@pytest.mark.parametrize("app", LAYERS + BESIDE)
def test_app_code_names_only_apps_below_it(app):
    assert python_violations(app) == []


@pytest.mark.parametrize("app", LAYERS)
def test_app_templates_use_only_apps_below_it(app):
    assert template_violations(app) == []


# The rules above must be able to fail: each kind of upward reference, planted in a small tree.


@pytest.fixture
def tree(tmp_path, monkeypatch):
    monkeypatch.setattr(__import__(__name__, fromlist=["ROOT"]), "ROOT", tmp_path)
    return tmp_path


def write(root, relative, text):
    path = root / relative
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(text)


def test_checker_sees_an_upward_import(tree):
    write(tree, "core/bad.py", "from conference.models import SessionPage\n")

    assert python_violations("core") == ["core/bad.py:1 imports conference"]


def test_checker_sees_get_model_of_a_higher_app(tree):
    write(tree, "conference/bad.py", 'from django.apps import apps\nmodel = apps.get_model("awards", "AwardPage")\n')
    write(tree, "conference/worse.py", 'from django.apps import apps\nmodel = apps.get_model("awards.AwardPage")\n')

    assert python_violations("conference") == [
        "conference/bad.py:2 gets the model of awards",
        "conference/worse.py:2 gets the model of awards",
        "conference/worse.py:2 names 'awards.AwardPage' of awards",
    ]


def test_checker_sees_a_model_label_of_a_higher_app_but_not_of_a_lower_one(tree):
    write(tree, "conference/models.py", 'subpage_types = ["conference.SessionPage", "awards.AwardPage"]\n')
    write(tree, "awards/models.py", 'presented_at = "conference.SessionPage"\n')
    write(tree, "conference/migrations/0001_initial.py", 'to = "awards.AwardPage"\n')

    assert python_violations("conference") == ["conference/models.py:1 names 'awards.AwardPage' of awards"]
    assert python_violations("awards") == []


def test_checker_sees_jobs_naming_any_layer(tree):
    write(tree, "jobs/tasks.py", 'label = "delivery.Generation"\n')

    assert python_violations("jobs") == ["jobs/tasks.py:1 names 'delivery.Generation' of delivery"]


def test_checker_sees_a_template_loading_a_higher_apps_tags(tree):
    write(tree, "sharing/templatetags/page_meta_tags.py", "")
    write(tree, "core/templatetags/seo_tags.py", "")
    write(tree, "templates/base.html", "{% load static seo_tags %}\n{% load page_meta_tags %}\n")
    write(tree, "templates/conference/page.html", "{% load page_metadata from page_meta_tags %}\n")
    write(tree, "templates/sharing/head.html", "{% load page_meta_tags seo_tags %}\n")

    assert template_violations("core") == ["templates/base.html:2 loads page_meta_tags of sharing"]
    assert template_violations("conference") == ["templates/conference/page.html:1 loads page_meta_tags of sharing"]
    assert template_violations("sharing") == []


def test_checker_sees_a_template_including_a_higher_apps_template(tree):
    write(tree, "templates/core/home_page.html", '{% extends "base.html" %}{% include "conference/card.html" %}\n')
    write(tree, "templates/awards/page.html", '{% extends "conference/base.html" %}\n')

    assert template_violations("core") == ["templates/core/home_page.html:1 uses conference/card.html of conference"]
    assert template_violations("awards") == []
