"""room for sealed webhook secrets

Revision ID: 0005
Revises: 0004
Create Date: 2026-11-23 22:45:00

Secrets already stored stay as they are here (sealing needs the node's key, which migrations
do not have); a node seals them when it starts (`WebhookService.seal_stored_secrets`).
"""

from __future__ import annotations

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0005"
down_revision: str | None = "0004"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    with op.batch_alter_table("webhook_endpoints") as batch:
        batch.alter_column(
            "secret", existing_type=sa.String(length=100), type_=sa.String(length=300)
        )


def downgrade() -> None:
    with op.batch_alter_table("webhook_endpoints") as batch:
        batch.alter_column(
            "secret", existing_type=sa.String(length=300), type_=sa.String(length=100)
        )
