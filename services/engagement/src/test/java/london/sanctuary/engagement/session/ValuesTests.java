package london.sanctuary.engagement.session;

import static london.sanctuary.engagement.session.SessionFixtures.NOW;
import static london.sanctuary.engagement.session.SessionFixtures.focusGroup;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.lang.reflect.RecordComponent;
import java.util.Arrays;
import java.util.Map;
import london.sanctuary.contracts.refusal.InvalidValue;
import org.junit.jupiter.api.Test;

class ValuesTests {

    @Test
    void aRecurrenceIsAnICalendarRuleCheckedByIcal4j() {
        assertThat(new Recurrence("FREQ=MONTHLY;BYDAY=1TU").rule()).isEqualTo("FREQ=MONTHLY;BYDAY=1TU");
        assertThat(new Recurrence("RRULE:FREQ=WEEKLY;BYDAY=WE").rule()).isEqualTo("FREQ=WEEKLY;BYDAY=WE");
        assertThatThrownBy(() -> new Recurrence("every other tuesday"))
                .isInstanceOfSatisfying(
                        InvalidValue.class, e -> assertThat(e.field()).isEqualTo("recurrence"));
        assertThatThrownBy(() -> new Recurrence("FREQ=FORTNIGHTLY")).isInstanceOf(InvalidValue.class);
    }

    @Test
    void textsNeedEnglishAndLanguageTagKeys() {
        assertThatThrownBy(() -> Texts.of("title", Map.of("ar", "ظروف السكن")))
                .isInstanceOfSatisfying(
                        InvalidValue.class, e -> assertThat(e.field()).isEqualTo("title"));
        assertThatThrownBy(() -> Texts.of("title", Map.of("en", "Housing", "arabic!", "x")))
                .isInstanceOf(InvalidValue.class);
        assertThat(Texts.of("title", Map.of("en", " Housing ")).english()).isEqualTo("Housing");
    }

    @Test
    void aSessionEndsAfterItStartsAndHasAtLeastOnePlace() {
        assertThatThrownBy(() -> new RescheduleSession(NOW, NOW))
                .isInstanceOfSatisfying(
                        InvalidValue.class, e -> assertThat(e.field()).isEqualTo("endsAt"));
        assertThatThrownBy(() -> focusGroup(0, NOW))
                .isInstanceOfSatisfying(
                        InvalidValue.class, e -> assertThat(e.field()).isEqualTo("capacity"));
    }

    @Test
    void compensationOffersTravelAndFoodAndHasNoPaymentToSet() {
        assertThat(Arrays.stream(Compensation.class.getRecordComponents()).map(RecordComponent::getName))
                .containsExactly("travelExpenses", "food");
        assertThat(Arrays.stream(SessionPlan.class.getRecordComponents()).map(RecordComponent::getName))
                .noneMatch(name ->
                        name.toLowerCase().contains("pay") || name.toLowerCase().contains("fee"));
    }

    @Test
    void facilitatorsAreTeamsAndThereIsAtLeastOne() {
        assertThatThrownBy(() -> Facilitators.check(java.util.List.of()))
                .isInstanceOfSatisfying(
                        InvalidValue.class, e -> assertThat(e.field()).isEqualTo("facilitators"));
    }
}
