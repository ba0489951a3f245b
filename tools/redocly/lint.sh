#!/usr/bin/env bash
# Lints the OpenAPI document the service serves (docs/openapi.json, held equal to /openapi/v1.json by
# OpenApiDocumentTests) with Redocly CLI's recommended rules and the warnings kept in redocly.yaml.
# Needs `npm ci` in tools/redocly first (Redocly CLI pinned by package-lock.json). Exits non-zero on any error.
set -euo pipefail
root="$(cd "$(dirname "$0")/../.." && pwd)"
cd "$root"
exec tools/redocly/node_modules/.bin/redocly lint --config redocly.yaml docs/openapi.json --format=stylish
