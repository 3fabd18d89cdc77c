"""The database layer: models, engines, migrations and repositories.

Nothing in this package imports Qt: the command line, the benchmarks and the
GUI all use it the same way.
"""
