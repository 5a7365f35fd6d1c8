package london.sanctuary.platform.lease;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import org.junit.jupiter.api.Test;

class LeaseSettingsTests {

    @Test
    void unsetALeaseLastsThirtySecondsAndIsRenewedEveryTen() {
        LeaseSettings settings = new LeaseSettings(null, null);

        assertThat(settings.duration()).isEqualTo(Duration.ofSeconds(30));
        assertThat(settings.renewEvery()).isEqualTo(Duration.ofSeconds(10));
    }

    @Test
    void aRenewalSlowerThanHalfTheLeaseIsRefusedAtStart() {
        assertThatThrownBy(() -> new LeaseSettings(Duration.ofSeconds(10), Duration.ofSeconds(6)))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("sanctuary.lease.renew-every");
    }
}
