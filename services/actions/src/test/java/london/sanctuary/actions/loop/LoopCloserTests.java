package london.sanctuary.actions.loop;

import static london.sanctuary.actions.action.ActionFixtures.CLOCK;
import static london.sanctuary.actions.action.ActionFixtures.done;
import static london.sanctuary.actions.action.ActionFixtures.wording;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import london.sanctuary.actions.action.Action;
import london.sanctuary.actions.feedback.HeardFeedback;
import london.sanctuary.actions.feedback.HeardResponse;
import london.sanctuary.contracts.Borough;
import london.sanctuary.contracts.ConsentPurpose;
import london.sanctuary.contracts.Language;
import org.junit.jupiter.api.Test;

class LoopCloserTests {

    static final UUID AMIRA = UUID.randomUUID();
    static final UUID DAWIT = UUID.randomUUID();
    static final UUID FARID = UUID.randomUUID();
    static final UUID HASSAN = UUID.randomUUID();

    final List<HeardResponse> heard = new ArrayList<>();
    final List<Notice> sent = new ArrayList<>();
    Set<UUID> recontactable = Set.of(AMIRA, DAWIT, FARID, HASSAN);
    Set<UUID> linkable = Set.of(AMIRA, DAWIT, FARID, HASSAN);

    final LoopCloser closer = new LoopCloser(
            new FakeFeedback(),
            (borough, ref, purpose, at) ->
                    purpose == ConsentPurpose.RECONTACT ? recontactable.contains(ref) : linkable.contains(ref),
            n -> sent.add(n),
            CLOCK);

    @Test
    void onlyLinkedParticipantsWhoseFeedbackCarriedAThemeAndWhoHoldRecontactAreTold() {
        // given
        Action action = done(wording("en", "We changed the menu", "ar", "غيّرنا القائمة"), "food", "travel");
        heard.add(response(AMIRA, "ar", "food"));
        heard.add(response(DAWIT, "ti", "travel"));
        heard.add(response(FARID, "fa", "health-access"));
        heard.add(response(null, "ar", "food"));
        heard.add(response(HASSAN, "ar", "food"));
        recontactable = Set.of(AMIRA, DAWIT, FARID);

        // when
        int count = closer.close(action);

        // then
        assertThat(count).isEqualTo(2);
        assertThat(sent).extracting(Notice::participantRef).containsExactlyInAnyOrder(AMIRA, DAWIT);
    }

    @Test
    void eachParticipantIsToldInTheLanguageTheyAnsweredInOrInEnglishWhenTheStatementLacksIt() {
        // given
        Action action = done(wording("en", "We changed the menu", "ar", "غيّرنا القائمة"), "food");
        heard.add(response(AMIRA, "ar", "food"));
        heard.add(response(DAWIT, "ti", "food"));

        // when
        closer.close(action);

        // then
        assertThat(sent).anySatisfy(n -> {
            assertThat(n.participantRef()).isEqualTo(AMIRA);
            assertThat(n.language()).isEqualTo(Language.of("ar"));
            assertThat(n.text()).isEqualTo("غيّرنا القائمة");
        });
        assertThat(sent).anySatisfy(n -> {
            assertThat(n.participantRef()).isEqualTo(DAWIT);
            assertThat(n.language()).isEqualTo(Language.of("en"));
            assertThat(n.text()).isEqualTo("We changed the menu");
        });
    }

    @Test
    void aParticipantWithSeveralMatchingResponsesIsToldOnceInTheirLatestLanguage() {
        // given
        Action action = done(wording("en", "We did", "ar", "فعلنا", "fa", "انجام دادیم"), "food", "travel");
        heard.add(new HeardResponse(
                UUID.randomUUID(),
                UUID.randomUUID(),
                Language.of("ar"),
                Instant.parse("2026-10-01T10:00:00Z"),
                List.of("food"),
                AMIRA));
        heard.add(new HeardResponse(
                UUID.randomUUID(),
                UUID.randomUUID(),
                Language.of("fa"),
                Instant.parse("2026-10-09T10:00:00Z"),
                List.of("travel"),
                AMIRA));

        // when
        int count = closer.close(action);

        // then
        assertThat(count).isEqualTo(1);
        assertThat(sent).singleElement().satisfies(n -> assertThat(n.language()).isEqualTo(Language.of("fa")));
    }

    @Test
    void aParticipantWhoseLinkFeedbackConsentEndedIsNotToldEvenIfTheLinkCameBack() {
        // given
        Action action = done(wording("en", "We did"), "food");
        heard.add(response(AMIRA, "ar", "food"));
        heard.add(response(DAWIT, "ar", "food"));
        linkable = Set.of(DAWIT);

        // when / then
        assertThat(closer.close(action)).isEqualTo(1);
        assertThat(sent).extracting(Notice::participantRef).containsExactly(DAWIT);
    }

    @Test
    void aNoticeThatCouldNotBeSentIsNotCounted() {
        // given
        Action action = done(wording("en", "We did"), "food");
        heard.add(response(AMIRA, "ar", "food"));
        LoopCloser failing = new LoopCloser(new FakeFeedback(), (b, r, p, at) -> true, n -> false, CLOCK);

        // when / then
        assertThat(failing.close(action)).isZero();
    }

    private static HeardResponse response(UUID participant, String language, String... themes) {
        return new HeardResponse(
                UUID.randomUUID(),
                UUID.randomUUID(),
                Language.of(language),
                Instant.parse("2026-10-01T10:00:00Z"),
                List.of(themes),
                participant);
    }

    /** The projection as the store answers it: linked responses carrying any of the themes. */
    final class FakeFeedback implements HeardFeedback {

        @Override
        public void submitted(Borough b, UUID id, UUID form, UUID ref, Language language, Instant at) {}

        @Override
        public void themed(Borough b, UUID id, UUID form, List<String> themes) {}

        @Override
        public void unlink(Borough b, UUID ref) {}

        @Override
        public Optional<HeardResponse> find(Borough b, UUID id) {
            return Optional.empty();
        }

        @Override
        public List<HeardResponse> find(Borough b, Collection<UUID> ids) {
            return List.of();
        }

        @Override
        public List<HeardResponse> linkedWithAnyTheme(Borough b, Collection<String> themes) {
            return heard.stream()
                    .filter(r ->
                            r.participantRef() != null && r.themes().stream().anyMatch(themes::contains))
                    .toList();
        }

        @Override
        public List<HeardResponse> themedResponses(Borough b) {
            return heard.stream().filter(r -> !r.themes().isEmpty()).toList();
        }
    }
}
