"""A migration operation for a model that moved to another app: adopt its table where it exists.

The `reports` app was split into `bundles`, `sharing`, `feeds`, `site_setup` and `demo`. A database
built before the split holds `reports_importedpage` and `reports_sharecard` with their rows; a new
database holds neither. `CreateMovedModel` is a `CreateModel` that, when the old table is there,
renames it to the new app's table instead of creating an empty one, so both paths end in the same
schema and no row is lost.
"""

from django.db import migrations


class CreateMovedModel(migrations.CreateModel):
    """`CreateModel`, but renames `old_table` to the model's table when a database still has it."""

    def __init__(self, *args, old_table, **kwargs):
        self.old_table = old_table
        super().__init__(*args, **kwargs)

    def deconstruct(self):
        name, args, kwargs = super().deconstruct()
        return name, args, {**kwargs, "old_table": self.old_table}

    def database_forwards(self, app_label, schema_editor, from_state, to_state):
        model = to_state.apps.get_model(app_label, self.name)
        if self.old_table in schema_editor.connection.introspection.table_names():
            schema_editor.alter_db_table(model, self.old_table, model._meta.db_table)
        else:
            super().database_forwards(app_label, schema_editor, from_state, to_state)

    def describe(self):
        return f"Create model {self.name}, or adopt its table {self.old_table} where it exists"
