package london.sanctuary.workspace.services;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.springframework.http.ResponseEntity;

class VersionsTests {

    @Test
    void anAnswersETagGivesTheVersionStrongOrWeak() {
        assertThat(Versions.of(ResponseEntity.ok().eTag("\"7\"").build())).isEqualTo(7L);
        assertThat(Versions.of(ResponseEntity.ok().eTag("W/\"12\"").build())).isEqualTo(12L);
    }

    @Test
    void anAnswerWithoutETagHasNoVersion() {
        assertThat(Versions.of(ResponseEntity.ok().build())).isNull();
    }

    @Test
    void theVersionGoesBackAsAQuotedIfMatch() {
        assertThat(Versions.ifMatch(3)).isEqualTo("\"3\"");
        assertThat(Versions.of(ResponseEntity.ok().eTag(Versions.ifMatch(3)).build()))
                .isEqualTo(3L);
    }
}
