#!/bin/bash
# The services' role, with this deployment's generated password (docker/secrets/init-secrets.sh).
set -euo pipefail
psql -v ON_ERROR_STOP=1 -U "$POSTGRES_USER" -v pw="$(cat /run/secrets/ASSISES_DB_PASSWORD)" <<'SQL'
CREATE ROLE assises LOGIN PASSWORD :'pw';
SQL
