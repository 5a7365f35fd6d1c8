package london.sanctuary.consent.link;

import static london.sanctuary.consent.participant.ParticipantFixtures.NEWHAM;
import static london.sanctuary.consent.participant.ParticipantFixtures.NOW;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import london.sanctuary.contracts.Borough;
import london.sanctuary.contracts.ParticipantRef;
import org.junit.jupiter.api.Test;

class PersonalLinkTests {

    static final LinkValidity NINETY_DAYS =
            new LinkValidity(Duration.ofDays(90), Map.of(Borough.of("barnet"), Duration.ofDays(30)));

    @Test
    void aNewTokenHas256RandomBitsInUrlSafeCharactersAndIsNeverTheSameTwice() {
        // given
        Set<String> seen = new HashSet<>();

        // when
        for (int i = 0; i < 1000; i++) {
            seen.add(LinkToken.random().value());
        }

        // then
        assertThat(seen).hasSize(1000).allMatch(v -> v.matches("[A-Za-z0-9_-]{43}"));
    }

    @Test
    void theStoredHashIsTheSha256OfTheTokenAndNeverTheTokenItself() {
        // given
        LinkToken token = new LinkToken("a".repeat(43));

        // when
        String hash = token.hash();

        // then the SHA-256 of 43 "a"s, in hex
        assertThat(hash)
                .hasSize(64)
                .isEqualTo(LinkToken.parse("a".repeat(43)).orElseThrow().hash())
                .doesNotContain(token.value())
                .isNotEqualTo(new LinkToken("b".repeat(43)).hash());
        assertThat(token.toString()).doesNotContain(token.value());
    }

    @Test
    void somethingThatIsNotATokenParsesToNothingRatherThanAnErrorThatCouldEchoIt() {
        assertThat(LinkToken.parse(null)).isEmpty();
        assertThat(LinkToken.parse("short")).isEmpty();
        assertThat(LinkToken.parse("a".repeat(42) + "/")).isEmpty();
        assertThat(LinkToken.parse("a".repeat(44))).isEmpty();
        assertThatThrownBy(() -> new LinkToken("not a token")).hasMessageNotContaining("not a token");
    }

    @Test
    void aLinkOpensUntilItsBoroughsPeriodEndsAndNotAfter() {
        // given a Barnet link (30 days) and a Newham one (the default, 90)
        PersonalLink barnet = PersonalLink.issued(
                LinkToken.random(), ParticipantRef.random(), Borough.of("barnet"), NOW, NINETY_DAYS);
        PersonalLink newham =
                PersonalLink.issued(LinkToken.random(), ParticipantRef.random(), NEWHAM, NOW, NINETY_DAYS);

        // then
        assertThat(barnet.expiresAt()).isEqualTo(NOW.plus(Duration.ofDays(30)));
        assertThat(newham.expiresAt()).isEqualTo(NOW.plus(Duration.ofDays(90)));
        assertThat(newham.opensAt(NOW.plus(Duration.ofDays(89)))).isTrue();
        assertThat(newham.opensAt(NOW.plus(Duration.ofDays(90)))).isFalse();
    }

    @Test
    void anEndedLinkOpensNoMoreAndKeepsItsFirstEnding() {
        // given
        PersonalLink link = PersonalLink.issued(LinkToken.random(), ParticipantRef.random(), NEWHAM, NOW, NINETY_DAYS);

        // when the person stops it, then staff stop it again later
        PersonalLink ended = link.endedAt(NOW.plusSeconds(60), LinkEnded.BY_THE_PERSON)
                .endedAt(NOW.plusSeconds(120), LinkEnded.BY_STAFF);

        // then
        assertThat(ended.opensAt(NOW.plusSeconds(61))).isFalse();
        assertThat(ended.ended()).isEqualTo(LinkEnded.BY_THE_PERSON);
        assertThat(ended.endedAt()).isEqualTo(NOW.plusSeconds(60));
    }

    @Test
    void aBoroughsPeriodMustBePositive() {
        assertThatThrownBy(() -> new LinkValidity(Duration.ZERO, Map.of()))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
