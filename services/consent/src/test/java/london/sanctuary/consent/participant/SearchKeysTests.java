package london.sanctuary.consent.participant;

import static london.sanctuary.consent.participant.ParticipantFixtures.NEWHAM;
import static london.sanctuary.consent.participant.ParticipantFixtures.amira;
import static london.sanctuary.consent.participant.ParticipantFixtures.searchKeys;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Arrays;
import java.util.List;
import java.util.Map;
import london.sanctuary.contracts.Borough;
import london.sanctuary.contracts.Language;
import org.junit.jupiter.api.Test;

class SearchKeysTests {

    @Test
    void aNameIsFoundWhateverItsCaseAccentsSpacingOrWordOrder() {
        // given
        SearchKeys keys = searchKeys();
        BlindIndex index = keys.index(NEWHAM, profileNamed("Hélène  Nasser-Ali"));

        // when
        List<String> typed = keys.nameHashes(NEWHAM, "ali HELENE");

        // then
        assertThat(index.names()).hasSize(3).containsAll(typed);
        assertThat(SearchKeys.words("Hélène  Nasser-Ali")).containsExactly("helene", "nasser", "ali");
    }

    @Test
    void arabicMarksAreFoldedLikeAccents() {
        assertThat(SearchKeys.words("مُحَمَّد")).containsExactly("محمد");
    }

    @Test
    void aPhoneIsMatchedOnItsDigitsHoweverItIsWritten() {
        // given
        SearchKeys keys = searchKeys();
        String stored = keys.index(NEWHAM, amira()).phone(); // 07700 900123

        // then
        assertThat(keys.phoneHash(NEWHAM, "07700900123")).isEqualTo(stored);
        assertThat(keys.phoneHash(NEWHAM, "+44 7700 900123")).isEqualTo(stored);
        assertThat(keys.phoneHash(NEWHAM, "0044 (7700) 900-123")).isEqualTo(stored);
        assertThat(keys.phoneHash(NEWHAM, "Amira")).isNull();
        assertThat(keys.phoneHash(NEWHAM, "123")).as("too short to be a phone").isNull();
    }

    @Test
    void eachBoroughHashesUnderItsOwnKeySoItsIndexMeansNothingElsewhere() {
        // given
        Borough barnet = Borough.of("barnet");
        byte[] other = new byte[32];
        Arrays.fill(other, (byte) 9);
        byte[] sevens = new byte[32];
        Arrays.fill(sevens, (byte) 7);
        SearchKeys keys = new SearchKeys(Map.of(NEWHAM, sevens, barnet, other));

        // then
        assertThat(keys.index(NEWHAM, amira())).isNotEqualTo(keys.index(barnet, amira()));
        assertThat(keys.index(NEWHAM, amira()).toString())
                .doesNotContain("Amira")
                .doesNotContain("07700");
    }

    @Test
    void aKeyShorterThan32BytesIsRefused() {
        assertThatThrownBy(() -> new SearchKeys(Map.of(NEWHAM, new byte[16])))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("32 bytes");
    }

    private static Profile profileNamed(String name) {
        return new Profile(name, null, null, List.of(Language.of("fr")), null);
    }
}
