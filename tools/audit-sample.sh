#!/usr/bin/env bash
# Draws the record sample of the data audit (docs/data-audit.md) from the built database.
# Frame: every membership (signing-agency rows excluded), party action, partnership, statement and event.
# Strata: record type x kind of the record's first source. Each record type gets PER_TYPE records; inside a type
# the strata take turns (round robin), so every source kind of that type is drawn before any kind is drawn twice.
# Order inside a stratum and the turn order of the strata come from md5(seed || id): the same seed and the same
# data give the same sample on any machine and DuckDB version.
# Usage: tools/audit-sample.sh [SEED] [PER_TYPE]   (defaults: issue-11-2026-12, 12 -> 60 records)
set -euo pipefail
ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
SEED="${1:-issue-11-2026-12}"
PER_TYPE="${2:-12}"
[[ "$SEED" =~ ^[A-Za-z0-9._-]+$ ]] || { echo "audit-sample: the seed may only hold letters, digits, '.', '_' and '-'" >&2; exit 2; }
[[ "$PER_TYPE" =~ ^[0-9]+$ ]] || { echo "audit-sample: PER_TYPE must be a whole number" >&2; exit 2; }
exec "$ROOT/astropol" sql "
WITH rec AS (
  SELECT 'membership' AS record_type, id FROM membership WHERE agent_for IS NULL
  UNION ALL SELECT 'party', id FROM party_action
  UNION ALL SELECT 'partnership', id FROM partnership
  UNION ALL SELECT 'statement', id FROM statement
  UNION ALL SELECT 'event', id FROM entity WHERE type = 'event'),
frame AS (
  SELECT rec.record_type, s.kind AS source_kind, rec.id, c.source_id
  FROM rec JOIN citation c ON c.record_id = rec.id AND c.ordinal = 0 JOIN source s ON s.id = c.source_id),
ranked AS (
  SELECT *, row_number() OVER (PARTITION BY record_type, source_kind ORDER BY md5('$SEED' || id)) AS turn,
         md5('$SEED' || record_type || source_kind) AS stratum_order
  FROM frame),
drawn AS (
  SELECT *, row_number() OVER (PARTITION BY record_type ORDER BY turn, stratum_order) AS pick FROM ranked)
SELECT record_type, source_kind, id, source_id FROM drawn WHERE pick <= $PER_TYPE
ORDER BY record_type, source_kind, id" --format csv
