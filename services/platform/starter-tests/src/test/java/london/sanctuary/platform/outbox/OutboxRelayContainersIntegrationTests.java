package london.sanctuary.platform.outbox;

import london.sanctuary.platform.test.RunsOnContainers;

/** The same tests against real Kafka and MongoDB containers; skipped where no Docker engine runs. */
@RunsOnContainers
class OutboxRelayContainersIntegrationTests extends OutboxRelayIntegrationTests {}
