#!/bin/bash
# Start the compose deployment's Kafka with SASL/SCRAM: the passwords come from the environment
# (never from a file in the repository); the users `admin` (broker to broker, topic creation)
# and `stukken` (the services, MinIO's notifications) are created when the storage is formatted,
# so no client ever reaches the broker without credentials.
set -euo pipefail
: "${CLUSTER_ID:?}" "${KAFKA_ADMIN_PASSWORD:?}" "${STUKKEN_KAFKA_PASSWORD:?}"
config=/tmp/server.properties
scram='org.apache.kafka.common.security.scram.ScramLoginModule required'
cp /opt/stukken/kafka/server.properties "$config"
cat >>"$config" <<PROPS
listener.name.internal.scram-sha-512.sasl.jaas.config=$scram username="admin" password="$KAFKA_ADMIN_PASSWORD";
listener.name.host.scram-sha-512.sasl.jaas.config=$scram;
PROPS
# what the health check and admin commands in this container use
cat >/tmp/admin.properties <<PROPS
security.protocol=SASL_PLAINTEXT
sasl.mechanism=SCRAM-SHA-512
sasl.jaas.config=$scram username="admin" password="$KAFKA_ADMIN_PASSWORD";
PROPS
/opt/kafka/bin/kafka-storage.sh format --ignore-formatted --cluster-id "$CLUSTER_ID" \
  --config "$config" \
  --add-scram "SCRAM-SHA-512=[name=admin,password=$KAFKA_ADMIN_PASSWORD]" \
  --add-scram "SCRAM-SHA-512=[name=stukken,password=$STUKKEN_KAFKA_PASSWORD]"
exec /opt/kafka/bin/kafka-server-start.sh "$config"
