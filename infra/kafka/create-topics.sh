#!/usr/bin/env bash
# Sanctuary Exchange — create every Kafka topic (and its ".dlq") described in infra/kafka/topics.yaml.
#
# Idempotent: uses "kafka-topics.sh --create --if-not-exists", so it is safe to re-run (e.g. after
# adding a borough). It does NOT alter topics that already exist; change an existing topic's config
# with kafka-configs.sh --alter (see infra/README.md).
#
# Environment (all optional):
#   BOROUGHS     comma list of borough codes; default: all 33 codes in infra/reference/london-boroughs.csv
#   BOOTSTRAP    bootstrap servers; default kafka:9092 (the docker-compose network)
#   REPLICATION  replication factor; default 1 (docker-compose). Use 3 in production.
#   MIN_INSYNC   min.insync.replicas; default min(2, REPLICATION). 2 in production.
#   COMMAND_CONFIG  client properties file for a secured cluster (SASL/TLS), passed as --command-config
#   KAFKA_BIN    directory holding kafka-topics.sh; default /opt/kafka/bin, else found on PATH
#   PARALLEL     how many kafka-topics.sh JVMs to run at once; default 8
#   DRY_RUN=1    print the commands instead of running them (same as --dry-run)
#
# Usage: create-topics.sh [--dry-run]
#   docker-compose runs it as the one-shot "kafka-init" service with BOROUGHS set to the demo boroughs.
#   Production, from any host with the Kafka CLI:
#     BOOTSTRAP=broker1:9093 REPLICATION=3 COMMAND_CONFIG=admin.properties BOROUGHS=newham \
#       infra/kafka/create-topics.sh
#   (A borough running its own deployment creates only its own borough topics; the exchange and GLA
#   topics already exist on the shared cluster and --if-not-exists leaves them alone.)
set -eu

SCRIPT_DIR="$(cd "$(dirname "$0")" && pwd)"
CSV="${SCRIPT_DIR}/../reference/london-boroughs.csv"

DRY_RUN="${DRY_RUN:-0}"
for arg in "$@"; do
  case "$arg" in
    --dry-run) DRY_RUN=1 ;;
    -h|--help) sed -n '2,24p' "$0"; exit 0 ;;
    *) echo "unknown argument: $arg" >&2; exit 2 ;;
  esac
done

BOOTSTRAP="${BOOTSTRAP:-kafka:9092}"
REPLICATION="${REPLICATION:-1}"
if [ -z "${MIN_INSYNC:-}" ]; then
  if [ "$REPLICATION" -ge 2 ]; then MIN_INSYNC=2; else MIN_INSYNC=1; fi
fi
PARALLEL="${PARALLEL:-8}"

if [ -z "${BOROUGHS:-}" ]; then
  if [ ! -r "$CSV" ]; then
    echo "BOROUGHS is not set and $CSV is not readable" >&2
    exit 1
  fi
  # First column of the CSV, header skipped, CR stripped (the file may have Windows line ends).
  BOROUGHS="$(tail -n +2 "$CSV" | cut -d, -f1 | tr -d '\r' | grep -v '^$' | paste -sd, -)"
fi

if [ -n "${KAFKA_BIN:-}" ]; then
  TOPICS_CMD="${KAFKA_BIN}/kafka-topics.sh"
elif [ -x /opt/kafka/bin/kafka-topics.sh ]; then
  TOPICS_CMD=/opt/kafka/bin/kafka-topics.sh
else
  TOPICS_CMD=kafka-topics.sh
fi

COMMON_ARGS=(--bootstrap-server "$BOOTSTRAP")
if [ -n "${COMMAND_CONFIG:-}" ]; then
  COMMON_ARGS+=(--command-config "$COMMAND_CONFIG")
fi

# ---- topic families; keep in sync with topics.yaml -------------------------------------------
# topics.yaml: borough-internal
BOROUGH_SERVICES="consent engagement feedback actions"
BOROUGH_PARTITIONS=6
BOROUGH_RETENTION_MS=2592000000        # 30 days
# topics.yaml: consent-state (compacted: the current state per participant and purpose; decision 0052)
STATE_TOPIC_SUFFIX=consent-state
STATE_PARTITIONS=6
STATE_DELETE_RETENTION_MS=86400000     # 1 day
# topics.yaml: exchange (crypto-shredded package: retention is operational, not the privacy control)
EXCHANGE_TOPIC=sanctuary.exchange.referrals.v1
EXCHANGE_PARTITIONS=12
EXCHANGE_RETENTION_MS=1209600000       # 14 days
# topics.yaml: gla-facts (kept forever so the dashboard can be rebuilt by replay)
GLA_TOPIC=sanctuary.gla.facts.v1
GLA_PARTITIONS=6
GLA_RETENTION_MS=-1                    # infinite
# topics.yaml: dlq
DLQ_PARTITIONS=1
DLQ_RETENTION_MS=1209600000            # 14 days
# ---------------------------------------------------------------------------------------------

PIDS=()
FAILED=0
CREATED=0

flush() {
  local pid
  for pid in "${PIDS[@]+"${PIDS[@]}"}"; do
    if ! wait "$pid"; then FAILED=$((FAILED + 1)); fi
  done
  PIDS=()
}

# create_topic <name> <partitions> <retention.ms>, or create_topic <name> <partitions> compact <delete.retention.ms>
create_topic() {
  local name="$1" partitions="$2" retention="$3"
  local policy=(--config cleanup.policy=delete --config "retention.ms=$retention")
  if [ "$retention" = "compact" ]; then
    policy=(--config cleanup.policy=compact --config "delete.retention.ms=$4")
  fi
  local cmd=("$TOPICS_CMD" "${COMMON_ARGS[@]}" --create --if-not-exists
    --topic "$name" --partitions "$partitions" --replication-factor "$REPLICATION"
    "${policy[@]}"
    --config "min.insync.replicas=$MIN_INSYNC")
  CREATED=$((CREATED + 1))
  if [ "$DRY_RUN" = "1" ]; then
    printf '%q ' "${cmd[@]}"; echo
    return 0
  fi
  "${cmd[@]}" > /dev/null &
  PIDS+=("$!")
  if [ "${#PIDS[@]}" -ge "$PARALLEL" ]; then flush; fi
}

wait_for_broker() {
  [ "$DRY_RUN" = "1" ] && return 0
  local i
  for i in $(seq 1 30); do
    if "$TOPICS_CMD" "${COMMON_ARGS[@]}" --list > /dev/null 2>&1; then return 0; fi
    echo "waiting for Kafka at $BOOTSTRAP ($i/30)" >&2
    sleep 2
  done
  echo "Kafka at $BOOTSTRAP is not reachable" >&2
  exit 1
}

wait_for_broker
echo "creating topics on $BOOTSTRAP (replication $REPLICATION, min.insync.replicas $MIN_INSYNC) for boroughs: $BOROUGHS" >&2

IFS=',' read -r -a BOROUGH_LIST <<< "$BOROUGHS"
for raw in "${BOROUGH_LIST[@]}"; do
  borough="$(echo "$raw" | tr -d '[:space:]')"
  [ -z "$borough" ] && continue
  case "$borough" in
    *[!a-z-]*|-*) echo "invalid borough code: '$borough' (expected lower-case letters and '-')" >&2; exit 1 ;;
  esac
  for service in $BOROUGH_SERVICES; do
    topic="sanctuary.${borough}.${service}.v1"
    create_topic "$topic" "$BOROUGH_PARTITIONS" "$BOROUGH_RETENTION_MS"
    create_topic "${topic}.dlq" "$DLQ_PARTITIONS" "$DLQ_RETENTION_MS"
  done
  topic="sanctuary.${borough}.${STATE_TOPIC_SUFFIX}.v1"
  create_topic "$topic" "$STATE_PARTITIONS" compact "$STATE_DELETE_RETENTION_MS"
  create_topic "${topic}.dlq" "$DLQ_PARTITIONS" "$DLQ_RETENTION_MS"
done

create_topic "$EXCHANGE_TOPIC" "$EXCHANGE_PARTITIONS" "$EXCHANGE_RETENTION_MS"
create_topic "${EXCHANGE_TOPIC}.dlq" "$DLQ_PARTITIONS" "$DLQ_RETENTION_MS"
create_topic "$GLA_TOPIC" "$GLA_PARTITIONS" "$GLA_RETENTION_MS"
create_topic "${GLA_TOPIC}.dlq" "$DLQ_PARTITIONS" "$DLQ_RETENTION_MS"

flush
if [ "$FAILED" -gt 0 ]; then
  echo "$FAILED of $CREATED topic creations failed" >&2
  exit 1
fi
echo "done: $CREATED topics ensured" >&2
