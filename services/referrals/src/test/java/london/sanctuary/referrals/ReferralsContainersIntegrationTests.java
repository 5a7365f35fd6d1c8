package london.sanctuary.referrals;

import london.sanctuary.platform.test.RunsOnContainers;

/** The same integration tests against real Kafka and MongoDB containers, where a Docker engine runs. */
@RunsOnContainers
class ReferralsContainersIntegrationTests extends ReferralsIntegrationTests {}
