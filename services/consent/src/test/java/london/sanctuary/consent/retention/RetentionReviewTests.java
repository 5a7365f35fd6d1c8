package london.sanctuary.consent.retention;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Clock;
import java.time.Instant;
import java.time.Period;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import london.sanctuary.contracts.Borough;
import london.sanctuary.contracts.ParticipantRef;
import london.sanctuary.contracts.refusal.InvalidValue;
import org.junit.jupiter.api.Test;

/** The review list from a fixed clock: who is past their borough's period, and how keeping starts it again. */
class RetentionReviewTests {

    static final Instant NOW = Instant.parse("2026-12-05T10:00:00Z");
    static final Borough NEWHAM = Borough.of("newham");
    static final Borough BARNET = Borough.of("barnet");
    static final RetentionPolicy POLICY = new RetentionPolicy(Period.ofYears(2), Map.of("barnet", Period.ofMonths(6)));

    final List<Activity> stored = new ArrayList<>();
    final List<SeenActive> seen = new ArrayList<>();
    // the review list never looks a person up; keeping one is proven on the real store
    final RetentionReview review =
            new RetentionReview(new FakeRecords(), null, POLICY, Clock.fixed(NOW, ZoneOffset.UTC));

    @Test
    void aPersonLastActiveLongerAgoThanTheBoroughsPeriodIsDueFromTheDayThePeriodEnded() {
        // given
        Instant lastChanged = Instant.parse("2024-12-01T09:00:00Z");
        Activity activity = activity(Instant.parse("2024-01-10T09:00:00Z"), lastChanged, null);
        stored.add(activity);

        // when
        List<DueForReview> due = review.due(NEWHAM, 50);

        // then
        assertThat(due).singleElement().satisfies(d -> {
            assertThat(d.activity()).isEqualTo(activity);
            assertThat(d.activity().lastActivityAt()).isEqualTo(lastChanged);
            assertThat(d.reviewDueAt()).isEqualTo(Instant.parse("2026-12-01T09:00:00Z"));
        });
    }

    @Test
    void aPersonActiveWithinThePeriodIsNotDue() {
        // given
        stored.add(activity(Instant.parse("2020-01-01T00:00:00Z"), Instant.parse("2024-12-06T10:00:00Z"), null));

        // when / then
        assertThat(review.due(NEWHAM, 50)).isEmpty();
    }

    @Test
    void keepingARecordWithAReasonStartsItsPeriodAgain() {
        // given
        Instant old = Instant.parse("2023-01-01T00:00:00Z");
        Activity keptLastMonth = activity(old, old, kept(Instant.parse("2026-11-05T10:00:00Z")));
        Activity keptLongAgo = activity(old, old, kept(Instant.parse("2024-06-01T10:00:00Z")));
        stored.addAll(List.of(keptLastMonth, keptLongAgo));

        // when
        List<DueForReview> due = review.due(NEWHAM, 50);

        // then
        assertThat(due).extracting(DueForReview::activity).containsExactly(keptLongAgo);
        assertThat(due.get(0).reviewDueAt()).isEqualTo(Instant.parse("2026-06-01T10:00:00Z"));
    }

    @Test
    void eachBoroughKeepsRecordsForItsOwnPeriod() {
        // given: active seven months ago
        stored.add(activity(Instant.parse("2026-05-05T10:00:00Z"), null, null));

        // when / then
        assertThat(review.due(NEWHAM, 50)).isEmpty();
        assertThat(review.due(BARNET, 50)).hasSize(1);
        assertThat(POLICY.periodFor(Borough.of("lambeth"))).isEqualTo(Period.ofYears(2));
    }

    @Test
    void theListIsLeastRecentlyActiveFirstAndBounded() {
        // given
        Activity newer = activity(Instant.parse("2022-03-01T00:00:00Z"), null, null);
        Activity oldest = activity(Instant.parse("2021-01-01T00:00:00Z"), null, null);
        Activity middle = activity(Instant.parse("2021-06-01T00:00:00Z"), null, null);
        stored.addAll(List.of(newer, oldest, middle));

        // when / then
        assertThat(review.due(NEWHAM, 2)).extracting(DueForReview::activity).containsExactly(oldest, middle);
    }

    @Test
    void aReasonToKeepIsRequiredAndBounded() {
        ParticipantRef ref = ParticipantRef.random();
        assertThatThrownBy(() -> new KeepDecision(ref, NOW, "newham.lead", "  "))
                .isInstanceOfSatisfying(
                        InvalidValue.class, e -> assertThat(e.field()).isEqualTo("reason"));
        assertThatThrownBy(() -> new KeepDecision(ref, NOW, "newham.lead", "x".repeat(201)))
                .isInstanceOfSatisfying(
                        InvalidValue.class, e -> assertThat(e.field()).isEqualTo("reason"));
        assertThat(new KeepDecision(ref, NOW, "newham.lead", " open housing appeal ").reason())
                .isEqualTo("open housing appeal");
    }

    @Test
    void aRetentionPeriodMustBePositive() {
        assertThatThrownBy(() -> new RetentionPolicy(Period.ZERO, Map.of()))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new RetentionPolicy(Period.ofYears(2), Map.of("newham", Period.ofDays(-1))))
                .isInstanceOf(IllegalArgumentException.class);
    }

    static Activity activity(Instant enrolledAt, Instant lastChangedAt, KeepDecision kept) {
        return new Activity(ParticipantRef.random(), enrolledAt, lastChangedAt, kept);
    }

    @Test
    void activityOtherServicesSawIsRecordedAtItsTimeAndOneInTheFutureCountsAsNow() {
        // given
        ParticipantRef amina = ParticipantRef.random();
        Instant lastWeek = NOW.minusSeconds(7 * 24 * 3600);

        // when
        review.seen(new SeenActive(NEWHAM, amina, lastWeek));
        review.seen(new SeenActive(NEWHAM, amina, NOW.plusSeconds(24 * 3600)));

        // then
        assertThat(seen).containsExactly(new SeenActive(NEWHAM, amina, lastWeek), new SeenActive(NEWHAM, amina, NOW));
    }

    static KeepDecision kept(Instant at) {
        return new KeepDecision(ParticipantRef.random(), at, "newham.lead", "open housing appeal");
    }

    /** Answers what the store would: every stored activity whose record has not changed since the cutoff. */
    class FakeRecords implements RetentionRecords {

        @Override
        public List<Activity> unchangedSince(Borough borough, Instant before) {
            return stored.stream()
                    .filter(a -> a.lastChangedAt() == null || a.lastChangedAt().isBefore(before))
                    .toList();
        }

        @Override
        public void keep(Borough borough, KeepDecision decision) {
            throw new UnsupportedOperationException("not in these tests");
        }

        @Override
        public boolean activeAt(Borough borough, ParticipantRef participantRef, Instant at) {
            seen.add(new SeenActive(borough, participantRef, at));
            return true;
        }
    }
}
