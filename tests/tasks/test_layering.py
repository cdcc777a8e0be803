"""The worker app stays outside the apps' layering: it imports none of them."""

from tests.test_architecture import ROOT, imported_apps


def test_jobs_imports_none_of_the_project_apps():
    imports = [
        f"{path.relative_to(ROOT)} imports {app}"
        for path in (ROOT / "jobs").rglob("*.py")
        for app, _ in imported_apps(path)
    ]

    assert imports == []
