"""A model that moved apps keeps its rows: `CreateMovedModel` adopts the old table or creates a new one."""

from importlib import import_module

import pytest

from django.db import connection, models
from django.db.migrations.recorder import MigrationRecorder
from django.db.migrations.state import ModelState, ProjectState

from core.moved_models import CreateMovedModel

OLD_TABLE = "formerapp_thing"
NEW_TABLE = "movedtest_thing"


def create_thing(old_table):
    return CreateMovedModel(
        name="Thing",
        fields=[("id", models.AutoField(primary_key=True)), ("label", models.CharField(max_length=20))],
        old_table=old_table,
    )


def apply(operation):
    before = ProjectState()
    after = before.clone()
    operation.state_forwards("movedtest", after)
    with connection.schema_editor() as editor:
        operation.database_forwards("movedtest", editor, before, after)


def make_old_table():
    state = ProjectState()
    state.add_model(
        ModelState(
            "formerapp",
            "Thing",
            [("id", models.AutoField(primary_key=True)), ("label", models.CharField(max_length=20))],
        )
    )
    with connection.schema_editor() as editor:
        editor.create_model(state.apps.get_model("formerapp", "Thing"))
    with connection.cursor() as cursor:
        cursor.execute(f"INSERT INTO {OLD_TABLE} (id, label) VALUES (7, 'kept')")  # noqa: S608 — the test's own table


def rows(table):
    with connection.cursor() as cursor:
        cursor.execute(f"SELECT id, label FROM {table}")  # noqa: S608 — the test's own tables
        return cursor.fetchall()


@pytest.fixture
def tables():
    yield
    with connection.cursor() as cursor:
        for table in (OLD_TABLE, NEW_TABLE):
            cursor.execute(f"DROP TABLE IF EXISTS {table}")


# Schema changes need a real transaction on SQLite; serialized_rollback puts the site skeleton back
# for the tests after this one, as in the suite's other transactional tests.
@pytest.mark.django_db(transaction=True, serialized_rollback=True)
def test_the_old_table_with_its_rows_becomes_the_new_apps_table(tables):
    make_old_table()

    apply(create_thing(OLD_TABLE))

    names = connection.introspection.table_names()
    assert [OLD_TABLE in names, rows(NEW_TABLE)] == [False, [(7, "kept")]]


@pytest.mark.django_db(transaction=True, serialized_rollback=True)
def test_without_an_old_table_the_model_gets_a_new_empty_table(tables):
    apply(create_thing(OLD_TABLE))

    assert rows(NEW_TABLE) == []


def test_the_operation_keeps_the_old_table_name_when_written_to_a_migration():
    _, _, kwargs = create_thing(OLD_TABLE).deconstruct()

    assert kwargs["old_table"] == OLD_TABLE


@pytest.mark.django_db
def test_the_skeleton_is_not_built_again_where_the_former_reports_app_built_it():
    # A migration module's name starts with a digit: imported by name.
    skeleton = import_module("site_setup.migrations.0001_site_structure_and_groups")
    recorder = MigrationRecorder(connection)
    assert skeleton.built_before_the_split(connection) is False

    recorder.record_applied("reports", "0001_site_structure_and_groups")

    assert skeleton.built_before_the_split(connection) is True
