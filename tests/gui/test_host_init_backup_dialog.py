"""The window's "Create the schema" on a host at an older schema says where the records were backed up.

The same `workspace.host.init` as `host init` (tests/unit/workspace/test_host_init_backup.py);
here the line the dialog shows, and the archive in this PC's backups.
"""

from __future__ import annotations

import pytest

from desktop_app.db.migrate import HEAD_REVISION
from tests.gui import test_host_setup_dialog as host_dialog
from tests.unit.workspace import test_host_migration_backup as at_0007

pytestmark = pytest.mark.gui
dialog = host_dialog.dialog  # the fixtures: the setup dialog of the test's window,
host_at_0007 = at_0007.host_at_0007  # and a host at 0007 holding the frozen file's rows


def test_create_the_schema_on_an_older_one_shows_the_backup(
    dialog, host_at_0007, data_dir, memory_keyring, qtbot
):
    host_dialog.fill(dialog, host_at_0007, host_dialog.Mode.HOST, password="trusted-on-loopback")
    lines = host_dialog.run_step(qtbot, dialog, dialog.init_button)
    [archive] = sorted((data_dir / "backups").glob("auto-*-before-migration-0007.zip"))
    assert lines == [
        f"✓ The schema on the host is ready (revision {HEAD_REVISION}).",
        f"• The records on the host were backed up first, to {archive}.",
    ]
