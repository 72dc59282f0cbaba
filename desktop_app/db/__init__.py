"""SQLite storage: tables, engine, migrations and repositories.

The only package that builds SQL. Repositories take a Session and speak in
`core` dataclasses, so nothing above this layer sees an ORM instance.
"""
