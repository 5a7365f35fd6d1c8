package london.sanctuary.infra;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.Map;
import london.sanctuary.contracts.Topics;
import org.junit.jupiter.api.Test;

/** What the code needs of Kafka, read from the services' configuration: the cases issue 17 found wrong in infra/. */
class KafkaNeedsTests {

    private static final Path REPOSITORY = Repository.root();
    private static final Map<String, String> PLATFORM =
            Map.of("SANCTUARY_DEPLOYMENT", "platform", "SANCTUARY_BOROUGHS", "newham,barnet,lambeth");
    private static final Map<String, String> NEWHAM =
            Map.of("SANCTUARY_DEPLOYMENT", "newham", "SANCTUARY_BOROUGHS", "newham");

    @Test
    void theDashboardReadsOnlyTheGlaFactsInGroupDashboardPlatform() {
        // when the dashboard's needs are read for the GLA's platform deployment
        KafkaNeeds dashboard = KafkaNeeds.of(REPOSITORY, "dashboard", PLATFORM);

        // then it reads the facts alone, as dashboard-platform, and writes only their dead letters
        assertThat(dashboard.reads()).containsExactly(Topics.GLA_FACTS);
        assertThat(dashboard.groups()).containsExactly("dashboard-platform");
        assertThat(dashboard.writes()).containsExactly(Topics.deadLetter(Topics.GLA_FACTS));
    }

    @Test
    void aBoroughsOwnReferralsDeploymentJoinsGroupsNamedAfterTheBoroughOnTheExchange() {
        // when Newham's own referrals deployment is read
        KafkaNeeds referrals = KafkaNeeds.of(REPOSITORY, "referrals", NEWHAM);

        // then it reads the exchange and Newham's topics only, in Newham's groups only, and publishes on the exchange
        assertThat(referrals.reads()).contains(Topics.EXCHANGE_REFERRALS, Topics.borough("newham", "consent"));
        assertThat(referrals.reads()).noneMatch(topic -> topic.contains("barnet"));
        assertThat(referrals.groups())
                .isNotEmpty()
                .allSatisfy(group -> assertThat(group).startsWith("referrals-").endsWith("-newham"));
        assertThat(referrals.writes()).contains(Topics.EXCHANGE_REFERRALS, Topics.GLA_FACTS);
    }

    @Test
    void aConsentLedgerReadsEveryServedBoroughsConsentTopicInItsOwnGroup() {
        // when engagement serving three boroughs is read
        KafkaNeeds engagement = KafkaNeeds.of(REPOSITORY, "engagement", PLATFORM);

        // then its ledger reads each borough's consent topic, apart from any other binding's group
        assertThat(engagement.reads())
                .contains(
                        Topics.borough("newham", "consent"),
                        Topics.borough("barnet", "consent"),
                        Topics.borough("lambeth", "consent"));
        assertThat(engagement.groups()).containsExactly("engagement-consent-ledger-platform");
        assertThat(engagement.writes()).contains(Topics.borough("lambeth", "engagement"), Topics.GLA_FACTS);
    }

    @Test
    void theWorkspaceUsesNoKafka() {
        // the workspace calls the services; it owns no data and binds nothing
        assertThat(KafkaNeeds.of(REPOSITORY, "workspace", NEWHAM).usesKafka()).isFalse();
    }
}
