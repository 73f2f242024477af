# When an uncaught exception carries notes, the notes are printed after the message line.
class MigrationError(Exception):
    pass
def migrate(version, steps):
    for i, step in enumerate(steps):
        try:
            step()
        except Exception as e:
            err = MigrationError(f"migration to v{version} failed at step {i}")
            err.add_note(f"step {i} raised {type(e).__name__}: {e}")
            err.add_note("database left at previous version; rerun with --force")
            raise err from e
    return version
print(migrate(2, [lambda: None, lambda: None]))
migrate(3, [lambda: None, lambda: {}["users_table"]])
