"""Use cases: records, authentication, users, audit, screening, notices. Adapters call these."""
