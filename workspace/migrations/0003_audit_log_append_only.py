"""The audit log is append-only in the database itself, not only in the model's manager.

On PostgreSQL a trigger refuses every UPDATE and DELETE of a row of the audit log, for
any role and any path (a plain QuerySet, raw SQL, a shell). Emptying whole tables with
TRUNCATE (the test runner's flush) stays possible for the tables' owner. SQLite, the
development database, gets no trigger: Django's test runner empties its tables with
DELETE, which such a trigger would refuse.
"""

from django.db import migrations

TABLE = "workspace_auditentry"

CREATE = f"""
CREATE OR REPLACE FUNCTION workspace_audit_append_only() RETURNS trigger AS $$
BEGIN
    RAISE EXCEPTION 'The audit log is append-only: % refused', TG_OP
        USING ERRCODE = 'insufficient_privilege';
END;
$$ LANGUAGE plpgsql;
CREATE TRIGGER workspace_audit_append_only
    BEFORE UPDATE OR DELETE ON {TABLE}
    FOR EACH ROW EXECUTE FUNCTION workspace_audit_append_only();
"""

DROP = f"""
DROP TRIGGER IF EXISTS workspace_audit_append_only ON {TABLE};
DROP FUNCTION IF EXISTS workspace_audit_append_only();
"""


def forwards(apps, schema_editor):  # type: ignore[no-untyped-def]
    if schema_editor.connection.vendor == "postgresql":
        schema_editor.execute(CREATE, params=None)


def backwards(apps, schema_editor):  # type: ignore[no-untyped-def]
    if schema_editor.connection.vendor == "postgresql":
        schema_editor.execute(DROP, params=None)


class Migration(migrations.Migration):
    dependencies = [("workspace", "0002_case_check_by_code")]

    operations = [migrations.RunPython(forwards, backwards)]
