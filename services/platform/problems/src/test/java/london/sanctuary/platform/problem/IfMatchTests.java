package london.sanctuary.platform.problem;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import london.sanctuary.contracts.refusal.InvalidValue;
import org.junit.jupiter.api.Test;

class IfMatchTests {

    @Test
    void aStrongWeakOrBareEtagIsTheVersionItNames() {
        assertThat(IfMatch.expectedVersion("\"3\"", "referral")).isEqualTo(3L);
        assertThat(IfMatch.expectedVersion("W/\"12\"", "referral")).isEqualTo(12L);
        assertThat(IfMatch.expectedVersion(" 7 ", "referral")).isEqualTo(7L);
    }

    @Test
    void noIfMatchOrAStarAcceptsAnyVersion() {
        assertThat(IfMatch.expectedVersion(null, "session")).isNull();
        assertThat(IfMatch.expectedVersion("  ", "session")).isNull();
        assertThat(IfMatch.expectedVersion("*", "session")).isNull();
    }

    @Test
    void anythingElseIsRefusedNamingTheHeaderAndWhatItBelongsTo() {
        assertThatThrownBy(() -> IfMatch.expectedVersion("\"one\"", "participant"))
                .isInstanceOf(InvalidValue.class)
                .hasMessageContaining("ETag of the participant")
                .extracting(e -> ((InvalidValue) e).field())
                .isEqualTo("If-Match");
    }

    @Test
    void anEtagQuotesTheVersion() {
        assertThat(IfMatch.etag(4)).isEqualTo("\"4\"");
        assertThat(IfMatch.expectedVersion(IfMatch.etag(4), "action")).isEqualTo(4L);
    }
}
