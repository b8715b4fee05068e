#!/usr/bin/env bash
# Authors a migration for both providers from prisma/models.prisma (development only):
#   scripts/new-migration.sh <name>
# Uses ../shared/tools/prisma-offline when Prisma's native engine cannot be downloaded.
set -euo pipefail
name=${1:?usage: scripts/new-migration.sh <name>}
offline="$(cd "$(dirname "$0")/../../shared/tools/prisma-offline" 2>/dev/null && pwd)/schema-engine-wasm.mjs" || true
[ -f "$offline" ] && export PRISMA_SCHEMA_ENGINE_BINARY="$offline"
node scripts/db-schemas.ts
pg_db="karyar_migrate_$$"
psql -q -h 127.0.0.1 -U postgres -d test -c "CREATE DATABASE $pg_db"
trap 'psql -q -h 127.0.0.1 -U postgres -d test -c "DROP DATABASE IF EXISTS $pg_db"; rm -f data/migrate-dev.db*' EXIT
DB_PROVIDER=sqlite DATABASE_URL=file:./data/migrate-dev.db npx prisma migrate dev --name "$name"
DB_PROVIDER=postgres DATABASE_URL="postgresql://postgres@127.0.0.1:5432/$pg_db" npx prisma migrate dev --name "$name"
node scripts/generate-clients.mjs
