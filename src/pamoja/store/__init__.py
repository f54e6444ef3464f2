"""Persistence: SQLAlchemy 2 tables, repositories, unit of work and Alembic migrations.

The only package that talks SQL. Repositories hand out records only through the sharing gate.
"""
