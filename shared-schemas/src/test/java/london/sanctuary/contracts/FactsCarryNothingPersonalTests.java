package london.sanctuary.contracts;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import tools.jackson.databind.JsonNode;

/** Facts go to the GLA topic, which the dashboard reads: nothing in them may identify a person. */
class FactsCarryNothingPersonalTests {

    private static final Set<String> PERSONAL = Set.of("participantRef", "name", "phone", "email", "note", "reason");

    private static final Map<EventType, Set<String>> ALLOWED = Map.ofEntries(
            Map.entry(
                    EventType.CONSENT_RECORDED_FACT, Set.of("borough", "purpose", "method", "language", "recordedOn")),
            Map.entry(EventType.CONSENT_WITHDRAWN_FACT, Set.of("borough", "purpose", "withdrawnOn")),
            Map.entry(
                    EventType.SESSION_HELD_FACT,
                    Set.of(
                            "borough",
                            "sessionType",
                            "venueKind",
                            "heldOn",
                            "attendance",
                            "languages",
                            "interpreterLanguages")),
            Map.entry(EventType.FEEDBACK_SUBMITTED_FACT, Set.of("borough", "language", "captureMethod", "submittedOn")),
            Map.entry(EventType.FEEDBACK_THEMED_FACT, Set.of("borough", "theme", "themedOn")),
            Map.entry(EventType.ACTION_RAISED_FACT, Set.of("borough", "themes", "raisedOn", "daysFromFeedback")),
            Map.entry(
                    EventType.ACTION_COMPLETED_FACT,
                    Set.of("borough", "outcome", "completedOn", "daysToComplete", "themes")),
            Map.entry(EventType.LOOP_CLOSED_FACT, Set.of("borough", "themes", "notifiedCount", "closedOn")),
            // reason here is the ReferralReason enum, not free text: checked below
            Map.entry(EventType.REFERRAL_SENT_FACT, Set.of("fromBorough", "toBorough", "reason", "support", "sentOn")),
            Map.entry(
                    EventType.REFERRAL_RESOLVED_FACT,
                    Set.of("fromBorough", "toBorough", "outcome", "resolvedOn", "hoursToDecision")),
            Map.entry(EventType.REFERRAL_OVERDUE_FACT, Set.of("fromBorough", "toBorough", "flaggedOn")));

    static List<EventType> facts() {
        return List.of(EventType.values()).stream().filter(EventType::isFact).toList();
    }

    @Test
    void everyFactIsListedHere() {
        assertThat(ALLOWED.keySet()).containsExactlyInAnyOrderElementsOf(facts());
    }

    @ParameterizedTest
    @MethodSource("facts")
    void aFactSchemaContainsOnlyItsListedFields(EventType fact) {
        // given
        JsonNode schema = Schemas.schemaTree(fact.schemaResource());

        // then
        assertThat(schema.get("properties").propertyNames()).containsExactlyInAnyOrderElementsOf(ALLOWED.get(fact));
        assertThat(schema.get("additionalProperties").asBoolean(true)).isFalse();
    }

    @ParameterizedTest
    @MethodSource("facts")
    void aFactSchemaHasNoPersonalOrFreeTextProperty(EventType fact) {
        // given
        JsonNode properties = Schemas.schemaTree(fact.schemaResource()).get("properties");

        // then
        for (String property : properties.propertyNames()) {
            if (PERSONAL.contains(property)) {
                assertThat(properties.get(property).has("enum"))
                        .as(fact + "." + property + " may only be a closed list of values")
                        .isTrue();
            }
        }
        assertThat(properties.propertyNames()).doesNotContain("participantRef", "name", "phone", "email", "note");
    }

    @ParameterizedTest
    @MethodSource("facts")
    void aFactSchemaHasNoIdentifierOrUnboundedText(EventType fact) {
        // given
        List<JsonNode> leaves = new ArrayList<>();
        collectStringSchemas(Schemas.schemaTree(fact.schemaResource()).get("properties"), leaves);

        // then no uuid, and every string is a date, a code matching a pattern, or a closed list
        assertThat(leaves).noneMatch(leaf -> "uuid".equals(leaf.path("format").asString("")));
        assertThat(leaves).allMatch(leaf -> leaf.has("enum") || leaf.has("pattern") || leaf.has("format"));
        assertThat(leaves)
                .noneMatch(leaf -> "date-time".equals(leaf.path("format").asString("")));
    }

    private static void collectStringSchemas(JsonNode node, List<JsonNode> leaves) {
        if (node.isObject()) {
            if ("string".equals(node.path("type").asString("")) || node.has("format")) {
                leaves.add(node);
            }
            node.values().forEach(child -> collectStringSchemas(child, leaves));
        } else if (node.isArray()) {
            node.values().forEach(child -> collectStringSchemas(child, leaves));
        }
    }
}
