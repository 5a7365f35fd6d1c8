package london.sanctuary.dashboard;

import london.sanctuary.platform.test.RunsOnContainers;

/** The same integration tests against real Kafka and MongoDB containers, where a Docker engine runs. */
@RunsOnContainers
class DashboardContainersIntegrationTests extends DashboardIntegrationTests {}
