#!/bin/sh
# Creates this deployment's own secrets once, in Docker volumes (never in an image, never in the
# repository): the token key pair, the services' database password and the PostgreSQL superuser's.
# Re-running it keeps what exists. Where they are:
#   volume jwt-private : privateKey.pem  (for the identity provider that mints tokens; no service mounts it)
#   volume jwt-public  : publicKey.pem   (mounted read-only at /keys by every service)
#   volume db-service  : ASSISES_DB_PASSWORD (mounted read-only at /run/secrets by the services and postgres)
#   volume db-admin    : postgres-password (PostgreSQL's superuser, mounted by postgres only)
set -eu
command -v openssl >/dev/null || apk add --no-cache openssl >/dev/null
umask 077
if [ ! -s /jwt-private/privateKey.pem ]; then
  openssl genpkey -algorithm RSA -pkeyopt rsa_keygen_bits:2048 -out /jwt-private/privateKey.pem
  openssl pkey -in /jwt-private/privateKey.pem -pubout -out /jwt-public/publicKey.pem
  echo "assises: new token key pair; private key in volume jwt-private (privateKey.pem), public key in jwt-public"
fi
if [ ! -s /db-service/ASSISES_DB_PASSWORD ]; then
  openssl rand -hex 24 | tr -d '\n' > /db-service/ASSISES_DB_PASSWORD
  echo "assises: new database password in volume db-service (ASSISES_DB_PASSWORD)"
fi
if [ ! -s /db-admin/postgres-password ]; then
  openssl rand -hex 24 | tr -d '\n' > /db-admin/postgres-password
fi
# The services run as uid 185, postgres as 999: readable, never writable, by them.
chmod 0444 /jwt-public/publicKey.pem /db-service/ASSISES_DB_PASSWORD /db-admin/postgres-password
