package london.sanctuary.platform.inbox;

import london.sanctuary.platform.test.RunsOnContainers;

/** The same tests against real Kafka and MongoDB containers; skipped where no Docker engine runs. */
@RunsOnContainers
class InboxAndDeadLetterContainersIntegrationTests extends InboxAndDeadLetterIntegrationTests {}
