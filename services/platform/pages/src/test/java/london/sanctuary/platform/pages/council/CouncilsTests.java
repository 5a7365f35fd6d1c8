package london.sanctuary.platform.pages.council;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Map;
import london.sanctuary.contracts.Borough;
import org.junit.jupiter.api.Test;

class CouncilsTests {

    @Test
    void givenNoSettingsWhenABoroughsCouncilIsAskedForThenItsNameAndWebsiteComeFromTheListAndNoContactIsMadeUp() {
        // given
        Councils councils = new Councils(new CouncilSettings(null));

        // when
        Council greenwich = councils.of(Borough.of("greenwich"));

        // then
        assertThat(greenwich.name()).isEqualTo("Royal Borough of Greenwich");
        assertThat(greenwich.website()).isEqualTo("https://www.royalgreenwich.gov.uk");
        assertThat(greenwich.privacy()).isEqualTo("https://www.royalgreenwich.gov.uk/privacy");
        assertThat(greenwich.phone()).isNull();
        assertThat(greenwich.email()).isNull();
        assertThat(greenwich.address()).isNull();
    }

    @Test
    void givenEveryLondonBoroughWhenItsCouncilIsAskedForThenItsNameHoldsTheBoroughs() {
        Councils councils = new Councils(new CouncilSettings(null));

        for (Borough borough : Borough.all()) {
            assertThat(councils.of(borough).name()).as(borough.code()).contains(borough.name());
        }
    }

    @Test
    void givenABoroughsSettingsWhenItsCouncilIsAskedForThenTheyOverrideTheListFieldByField() {
        // given
        CouncilSettings settings = new CouncilSettings(Map.of(
                "newham",
                new CouncilSettings.Entry(
                        null,
                        null,
                        "https://www.newham.gov.uk/sanctuary-privacy",
                        "020 8430 2000",
                        "sanctuary@newham.gov.uk",
                        "Newham Dockside, 1000 Dockside Road, London E16 2QU")));

        // when
        Council newham = new Councils(settings).of(Borough.of("newham"));

        // then
        assertThat(newham.name()).isEqualTo("Newham Council");
        assertThat(newham.website()).isEqualTo("https://www.newham.gov.uk");
        assertThat(newham.privacy()).isEqualTo("https://www.newham.gov.uk/sanctuary-privacy");
        assertThat(newham.phoneLink()).isEqualTo("tel:02084302000");
        assertThat(newham.email()).isEqualTo("sanctuary@newham.gov.uk");
    }

    @Test
    void givenAPrivacyNoticeThatIsNotHttpsWhenSetThenTheCouncilIsRefusedNamingTheField() {
        CouncilSettings settings = new CouncilSettings(
                Map.of("barnet", new CouncilSettings.Entry(null, null, "javascript:alert(1)", null, null, null)));

        assertThatThrownBy(() -> new Councils(settings).of(Borough.of("barnet")))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("privacy");
    }
}
