#!/usr/bin/env bash
# Sanctuary Exchange — production Kafka ACLs for clusters not run by Strimzi (on Strimzi, the KafkaUser resources
# in infra/k8s/overlays/*/kafka/users.yaml carry the same grants). Not used by docker-compose, whose single broker
# has no authorizer.
#
# The grants are exactly what the code needs (decision 0048): infra's AclScriptTests runs this script with
# --dry-run and fails unless its output equals the ACLs generated from the services' bindings. Change the
# SERVICE TABLE below only together with the code (the test says what differs).
#
# Prerequisites on the brokers: an authorizer (KRaft: authorizer.class.name=
# org.apache.kafka.metadata.authorizer.StandardAuthorizer), allow.everyone.if.no.acl.found=false,
# authenticated listeners (SASL/SCRAM, OAUTHBEARER or mTLS) whose principal names follow:
#   User:<deployment>-<service>   one service of one deployment, e.g. User:newham-consent, User:platform-dashboard
#
# A deployment is named after the borough when a borough runs its own (DEPLOYMENT unset: each borough in BOROUGHS
# is its own deployment), or DEPLOYMENT=platform for one deployment serving all of BOROUGHS (the GLA's, which also
# runs the dashboard). Every grant is literal: a principal reads and writes named topics of its own boroughs, the
# exchange and (write only) the GLA facts, and joins only its own deployment's consumer groups
# ("<service>-<deployment>", "<service>-consent-ledger-<deployment>", the rule in PlatformDefaults), so one
# borough's principal can neither read another borough's topics nor join another borough's groups.
#
# Environment / options:
#   BOROUGHS        comma list of boroughs; default: all 33 codes in infra/reference/london-boroughs.csv
#   DEPLOYMENT      one deployment serving all of BOROUGHS (e.g. platform); unset: one deployment per borough
#   BOOTSTRAP       bootstrap servers of an admin listener; default kafka:9092
#   COMMAND_CONFIG  admin client properties (SASL/TLS) passed as --command-config
#   KAFKA_BIN       directory holding kafka-acls.sh; default /opt/kafka/bin, else found on PATH
#   --dry-run       print the kafka-acls.sh commands instead of running them
#
# Examples:
#   BOROUGHS=newham infra/kafka/acls.sh --dry-run
#   DEPLOYMENT=platform BOROUGHS=newham,barnet,lambeth infra/kafka/acls.sh --dry-run
#   BOROUGHS=newham BOOTSTRAP=broker1:9093 COMMAND_CONFIG=admin.properties infra/kafka/acls.sh
set -eu

SCRIPT_DIR="$(cd "$(dirname "$0")" && pwd)"
CSV="${SCRIPT_DIR}/../reference/london-boroughs.csv"

DRY_RUN=0
for arg in "$@"; do
  case "$arg" in
    --dry-run) DRY_RUN=1 ;;
    -h|--help) sed -n '2,35p' "$0"; exit 0 ;;
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

EXCHANGE_TOPIC=sanctuary.exchange.referrals.v1
GLA_TOPIC=sanctuary.gla.facts.v1

# ---- SERVICE TABLE: what each service reads and writes, and its consumer groups (from the code) ----------------
# reads/writes: a borough service's topic (per borough served), "exchange" or "facts". Groups: "default" is
# <service>-<deployment>, "consent-ledger" is <service>-consent-ledger-<deployment>. What a service reads, it may
# also dead-letter: <topic>.dlq (Write).
#            service     reads                                  groups                  writes
SERVICE_TABLE="consent    engagement,feedback,exchange                         default                 consent,consent-state,facts
engagement  consent,consent-state                                consent-ledger          engagement,facts
feedback    consent,consent-state                                consent-ledger          feedback,facts
actions     consent,consent-state,feedback                       consent-ledger,default  actions,facts
referrals   consent,consent-state,engagement,feedback,exchange   consent-ledger,default  exchange,facts"
DASHBOARD_ROW="dashboard   facts                                                default                 -"
# ---------------------------------------------------------------------------------------------------------------

run() {
  if [ "$DRY_RUN" = "1" ]; then
    printf '%q ' "$ACLS_CMD" "${COMMON_ARGS[@]}" "$@"; echo
  else
    "$ACLS_CMD" "${COMMON_ARGS[@]}" "$@"
  fi
}

# topics <what> <borough>...: the topic names of a table entry for the boroughs served
topics() {
  local what="$1" borough; shift
  case "$what" in
    exchange) echo "$EXCHANGE_TOPIC" ;;
    facts) echo "$GLA_TOPIC" ;;
    -) ;;
    *) for borough in "$@"; do echo "sanctuary.${borough}.${what}.v1"; done ;;
  esac
}

# grant_service <deployment> <table row> <borough>...
grant_service() {
  local deployment="$1" row="$2"; shift 2
  local service reads groups writes principal what topic group
  read -r service reads groups writes <<< "$row"
  principal="User:${deployment}-${service}"
  for what in ${reads//,/ }; do
    for topic in $(topics "$what" "$@"); do
      run --add --allow-principal "$principal" --operation Read --operation Describe \
        --topic "$topic" --resource-pattern-type literal
      run --add --allow-principal "$principal" --operation Write --operation Describe \
        --topic "${topic}.dlq" --resource-pattern-type literal
    done
  done
  for what in ${writes//,/ }; do
    for topic in $(topics "$what" "$@"); do
      run --add --allow-principal "$principal" --operation Write --operation Describe \
        --topic "$topic" --resource-pattern-type literal
    done
  done
  for group in ${groups//,/ }; do
    case "$group" in
      default) group="${service}-${deployment}" ;;
      *) group="${service}-${group}-${deployment}" ;;
    esac
    run --add --allow-principal "$principal" --operation Read --group "$group" --resource-pattern-type literal
  done
}

# grant_deployment <deployment> <borough>...
grant_deployment() {
  local deployment="$1" row; shift
  while IFS= read -r row; do
    grant_service "$deployment" "$row" "$@"
  done <<< "$SERVICE_TABLE"
}

BOROUGH_LIST=()
IFS=',' read -r -a RAW_LIST <<< "$BOROUGHS"
for raw in "${RAW_LIST[@]}"; do
  borough="$(echo "$raw" | tr -d '[:space:]')"
  [ -z "$borough" ] && continue
  case "$borough" in
    *[!a-z-]*|-*) echo "invalid borough code: '$borough' (expected lower-case letters and '-')" >&2; exit 1 ;;
  esac
  BOROUGH_LIST+=("$borough")
done

if [ -n "${DEPLOYMENT:-}" ]; then
  case "$DEPLOYMENT" in
    *[!a-z-]*|-*) echo "invalid deployment name: '$DEPLOYMENT' (expected lower-case letters and '-')" >&2; exit 1 ;;
  esac
  grant_deployment "$DEPLOYMENT" "${BOROUGH_LIST[@]}"
  # The GLA's deployment also runs the dashboard: it reads only the anonymised facts.
  grant_service "$DEPLOYMENT" "$DASHBOARD_ROW"
else
  for borough in "${BOROUGH_LIST[@]}"; do
    grant_deployment "$borough" "$borough"
  done
fi
