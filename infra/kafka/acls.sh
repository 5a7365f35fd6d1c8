#!/usr/bin/env bash
# Sanctuary Exchange — production Kafka ACLs (DESIGN.md §4: "Only that borough's services read them
# (Kafka ACLs by prefix in production)"). Not used by docker-compose, whose single broker has no
# authorizer.
#
# Prerequisites on the brokers: an authorizer (KRaft: authorizer.class.name=
# org.apache.kafka.metadata.authorizer.StandardAuthorizer), allow.everyone.if.no.acl.found=false,
# authenticated listeners (SASL/SCRAM, OAUTHBEARER or mTLS) whose principal names follow:
#   User:<borough>-<service>   one service of one borough, e.g. User:newham-consent
#   User:<borough>             a borough's whole deployment (one process serving several services)
#   User:gla-dashboard         the GLA dashboard
#
# What each principal gets (nothing else — Kafka denies by default):
#   borough principals:
#     READ + WRITE  topics prefixed  "sanctuary.<borough>."   (its own topics and their .dlq)
#     READ          consumer groups prefixed "<service>-"     (User:<borough>: every service's prefix)
#     READ + WRITE  sanctuary.exchange.referrals.v1 and its .dlq (literal)
#     WRITE only    sanctuary.gla.facts.v1 (literal) — a borough can publish facts, never read the region's
#   User:gla-dashboard:
#     READ          sanctuary.gla.facts.v1 (literal) and consumer group "dashboard" (literal)
#     WRITE         sanctuary.gla.facts.v1.dlq (literal) — the dashboard's own dead letters (anonymised
#                   facts only). Pass --no-dashboard-dlq to leave it out and keep the dashboard read-only.
#
# Consumer group ids must therefore start with "<service>-". On a cluster shared by several boroughs,
# also put the borough in the id ("consent-newham-projections") so two boroughs' groups on the shared
# exchange topic never collide.
#
# Environment / options:
#   BOROUGHS        comma list of boroughs; default: all 33 codes in infra/reference/london-boroughs.csv
#   BOOTSTRAP       bootstrap servers of an admin listener; default kafka:9092
#   COMMAND_CONFIG  admin client properties (SASL/TLS) passed as --command-config
#   KAFKA_BIN       directory holding kafka-acls.sh; default /opt/kafka/bin, else found on PATH
#   --dry-run       print the kafka-acls.sh commands instead of running them
#   --no-dashboard-dlq  do not grant the dashboard WRITE on sanctuary.gla.facts.v1.dlq
#
# Examples:
#   infra/kafka/acls.sh --dry-run
#   BOROUGHS=newham BOOTSTRAP=broker1:9093 COMMAND_CONFIG=admin.properties infra/kafka/acls.sh
set -eu

SCRIPT_DIR="$(cd "$(dirname "$0")" && pwd)"
CSV="${SCRIPT_DIR}/../reference/london-boroughs.csv"

DRY_RUN=0
DASHBOARD_DLQ=1
for arg in "$@"; do
  case "$arg" in
    --dry-run) DRY_RUN=1 ;;
    --no-dashboard-dlq) DASHBOARD_DLQ=0 ;;
    -h|--help) sed -n '2,38p' "$0"; exit 0 ;;
    *) echo "unknown argument: $arg" >&2; exit 2 ;;
  esac
done

BOOTSTRAP="${BOOTSTRAP:-kafka:9092}"

if [ -z "${BOROUGHS:-}" ]; then
  if [ ! -r "$CSV" ]; then
    echo "BOROUGHS is not set and $CSV is not readable" >&2
    exit 1
  fi
  BOROUGHS="$(tail -n +2 "$CSV" | cut -d, -f1 | tr -d '\r' | grep -v '^$' | paste -sd, -)"
fi

if [ -n "${KAFKA_BIN:-}" ]; then
  ACLS_CMD="${KAFKA_BIN}/kafka-acls.sh"
elif [ -x /opt/kafka/bin/kafka-acls.sh ]; then
  ACLS_CMD=/opt/kafka/bin/kafka-acls.sh
else
  ACLS_CMD=kafka-acls.sh
fi

COMMON_ARGS=(--bootstrap-server "$BOOTSTRAP")
if [ -n "${COMMAND_CONFIG:-}" ]; then
  COMMON_ARGS+=(--command-config "$COMMAND_CONFIG")
fi

# Services that run per borough (principal User:<borough>-<service>). "referrals" has no borough topic
# of its own today but still needs the exchange; "dashboard" is GLA-only and handled separately.
SERVICES="consent engagement feedback actions referrals"
EXCHANGE_TOPIC=sanctuary.exchange.referrals.v1
GLA_TOPIC=sanctuary.gla.facts.v1
DASHBOARD_PRINCIPAL=User:gla-dashboard
DASHBOARD_GROUP=dashboard

run() {
  if [ "$DRY_RUN" = "1" ]; then
    printf '%q ' "$ACLS_CMD" "${COMMON_ARGS[@]}" "$@"; echo
  else
    "$ACLS_CMD" "${COMMON_ARGS[@]}" "$@"
  fi
}

# borough_acls <principal> <borough> <group-prefix>...
borough_acls() {
  local principal="$1" borough="$2"; shift 2
  local prefix
  # Own topics (and their .dlq), by prefix.
  run --add --allow-principal "$principal" --operation Read --operation Write --operation Describe \
    --topic "sanctuary.${borough}." --resource-pattern-type prefixed
  # Own consumer groups, by prefix.
  for prefix in "$@"; do
    run --add --allow-principal "$principal" --operation Read --operation Describe \
      --group "$prefix" --resource-pattern-type prefixed
  done
  # The exchange and its dead letters: send and receive referrals.
  run --add --allow-principal "$principal" --operation Read --operation Write --operation Describe \
    --topic "$EXCHANGE_TOPIC" --resource-pattern-type literal
  run --add --allow-principal "$principal" --operation Read --operation Write --operation Describe \
    --topic "${EXCHANGE_TOPIC}.dlq" --resource-pattern-type literal
  # Regional facts: write only. No Read: a borough cannot see another borough's facts.
  run --add --allow-principal "$principal" --operation Write --operation Describe \
    --topic "$GLA_TOPIC" --resource-pattern-type literal
}

IFS=',' read -r -a BOROUGH_LIST <<< "$BOROUGHS"
for raw in "${BOROUGH_LIST[@]}"; do
  borough="$(echo "$raw" | tr -d '[:space:]')"
  [ -z "$borough" ] && continue
  case "$borough" in
    *[!a-z-]*|-*) echo "invalid borough code: '$borough' (expected lower-case letters and '-')" >&2; exit 1 ;;
  esac
  all_prefixes=()
  for service in $SERVICES; do
    borough_acls "User:${borough}-${service}" "$borough" "${service}-"
    all_prefixes+=("${service}-")
  done
  # A borough's whole deployment (one principal for all its services).
  borough_acls "User:${borough}" "$borough" "${all_prefixes[@]}"
done

# The GLA dashboard: read the facts topic, nothing else.
run --add --allow-principal "$DASHBOARD_PRINCIPAL" --operation Read --operation Describe \
  --topic "$GLA_TOPIC" --resource-pattern-type literal
run --add --allow-principal "$DASHBOARD_PRINCIPAL" --operation Read --operation Describe \
  --group "$DASHBOARD_GROUP" --resource-pattern-type literal
if [ "$DASHBOARD_DLQ" = "1" ]; then
  run --add --allow-principal "$DASHBOARD_PRINCIPAL" --operation Write --operation Describe \
    --topic "${GLA_TOPIC}.dlq" --resource-pattern-type literal
fi
