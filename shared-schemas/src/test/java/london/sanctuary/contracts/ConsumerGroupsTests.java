package london.sanctuary.contracts;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;

class ConsumerGroupsTests {

    @Test
    void aBoroughRunningItsOwnDeploymentIsNamedByItsBorough() {
        // given / when
        String deployment = ConsumerGroups.deployment(null, List.of("newham"));

        // then
        assertThat(ConsumerGroups.group("referrals", deployment)).isEqualTo("referrals-newham");
        assertThat(ConsumerGroups.group("referrals", ConsumerGroups.CONSENT_LEDGER, deployment))
                .isEqualTo("referrals-consent-ledger-newham");
    }

    @Test
    void aDeploymentServingSeveralBoroughsIsNamedByThemInOneOrderWhateverOrderTheyAreListedIn() {
        // given / when
        String listed = ConsumerGroups.deployment("", List.of("newham", " barnet", "lambeth", "barnet"));
        String reordered = ConsumerGroups.deployment(null, List.of("lambeth", "newham", "barnet"));

        // then
        assertThat(listed).isEqualTo("barnet.lambeth.newham").isEqualTo(reordered);
    }

    @Test
    void twoDeploymentsForDifferentBoroughsNeverShareAGroup() {
        // given / when
        String newham = ConsumerGroups.group("referrals", ConsumerGroups.deployment(null, List.of("newham")));
        String barnet = ConsumerGroups.group("referrals", ConsumerGroups.deployment(null, List.of("barnet")));

        // then
        assertThat(newham).isNotEqualTo(barnet);
    }

    @Test
    void aDeploymentServingManyBoroughsHasAShortNameOfItsOwn() {
        // given
        List<String> many = Borough.all().stream().map(Borough::code).toList();

        // when
        String all = ConsumerGroups.deployment(null, many);
        String allButOne = ConsumerGroups.deployment(null, many.subList(1, many.size()));

        // then
        assertThat(all).matches("boroughs-" + many.size() + "-[0-9a-f]{10}");
        assertThat(allButOne).startsWith("boroughs-" + (many.size() - 1) + "-").isNotEqualTo(all);
    }

    @Test
    void aNamedDeploymentKeepsItsName() {
        assertThat(ConsumerGroups.deployment("gla", List.of("newham"))).isEqualTo("gla");
    }

    @Test
    void aDeploymentServingNoBoroughIsRefused() {
        assertThatThrownBy(() -> ConsumerGroups.deployment(null, List.of(" ")))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("boroughs");
    }
}
