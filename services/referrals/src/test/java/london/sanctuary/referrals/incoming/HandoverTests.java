package london.sanctuary.referrals.incoming;

import static london.sanctuary.referrals.directory.InMemoryDirectory.service;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import london.sanctuary.contracts.Borough;
import london.sanctuary.contracts.SupportKind;
import london.sanctuary.contracts.refusal.InvalidValue;
import london.sanctuary.referrals.directory.InMemoryDirectory;
import london.sanctuary.referrals.directory.Matching;
import london.sanctuary.referrals.referral.Pickup;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class HandoverTests {

    static final Borough BARNET = Borough.of("barnet");
    final InMemoryDirectory directory = new InMemoryDirectory();
    final Handover handover = new Handover(new Matching(directory));

    @BeforeEach
    void barnetsDirectory() {
        directory.replace(
                BARNET,
                List.of(
                        service("barnet-esol", "Barnet College ESOL", List.of("ESOL"), "en"),
                        service("barnet-law", "Barnet Law Centre", List.of("Legal advice"), "en")),
                "service-lead");
    }

    @Test
    void choosingADirectoryServiceRecordsItsIdNameAndPublicContact() {
        Pickup pickup = handover.choose(BARNET, SupportKind.ESOL, "barnet-esol", null);

        assertThat(pickup)
                .isEqualTo(Pickup.fromDirectory(
                        SupportKind.ESOL, "barnet-esol", "Barnet College ESOL", new Pickup.Contact("Org", null, null)));
        assertThat(pickup.fromDirectory()).isTrue();
    }

    @Test
    void aServiceThatIsNotInTheDirectoryOrDoesNotOfferTheKindIsRefusedNamingLocalService() {
        assertThatThrownBy(() -> handover.choose(BARNET, SupportKind.ESOL, "barnet-law", null))
                .isInstanceOfSatisfying(
                        InvalidValue.class, e -> assertThat(e.field()).isEqualTo("localService"));
        assertThatThrownBy(() -> handover.choose(BARNET, SupportKind.ESOL, "nowhere", null))
                .isInstanceOfSatisfying(
                        InvalidValue.class, e -> assertThat(e.field()).isEqualTo("localService"));
        assertThatThrownBy(() -> handover.choose(BARNET, SupportKind.ESOL, " ", null))
                .isInstanceOfSatisfying(
                        InvalidValue.class, e -> assertThat(e.field()).isEqualTo("localService"));
    }

    @Test
    void anotherServiceIsOnlyForAKindTheDirectoryHasNoServiceFor() {
        // given ESOL has a directory service, a school place has none
        // when / then free text for ESOL is refused, for a school place recorded and marked as another service
        assertThatThrownBy(() -> handover.choose(BARNET, SupportKind.ESOL, null, "The church hall class"))
                .isInstanceOfSatisfying(
                        InvalidValue.class, e -> assertThat(e.field()).isEqualTo("otherService"));
        Pickup school = handover.choose(BARNET, SupportKind.SCHOOL_PLACE, null, "St Mary's Primary admissions");
        assertThat(school.fromDirectory()).isFalse();
        assertThat(school.service()).isEqualTo("St Mary's Primary admissions");
        assertThatThrownBy(() -> handover.choose(BARNET, SupportKind.SCHOOL_PLACE, null, ""))
                .isInstanceOfSatisfying(
                        InvalidValue.class, e -> assertThat(e.field()).isEqualTo("otherService"));
    }
}
