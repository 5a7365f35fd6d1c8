package london.sanctuary.contracts;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.MethodSource;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/** The backward-compatibility guard: every frozen sample still validates against today's schema. */
class EverySampleValidatesAgainstItsSchemaTests {

    static Stream<Arguments> everySample() {
        return Stream.of(EventType.values())
                .flatMap(type -> Samples.of(type).stream().map(sample -> Arguments.of(type, sample.name(), sample)));
    }

    @ParameterizedTest
    @EnumSource(EventType.class)
    void everyEventTypeHasAtLeastOneSample(EventType type) {
        // when
        var samples = Samples.of(type);

        // then
        assertThat(samples).as(type.samplesFolder()).isNotEmpty();
    }

    @ParameterizedTest(name = "{0} {1}")
    @MethodSource("everySample")
    void everySampleValidatesAgainstItsSchema(EventType type, String name, Sample sample) {
        // when
        var messages = Schemas.validate(type, sample.json());

        // then
        assertThat(messages).as(sample.resource()).isEmpty();
    }

    @Test
    void everyReferralPackageSampleValidatesAgainstThePackageSchema() {
        // given
        var samples = Samples.ofReferralPackage();

        // then
        assertThat(samples).isNotEmpty();
        samples.forEach(sample -> assertThat(Schemas.validateReferralPackage(sample.json()))
                .as(sample.resource())
                .isEmpty());
    }

    @ParameterizedTest(name = "{0} {1}")
    @MethodSource("everySample")
    void aSchemaThatDropsAFieldAnOldSampleHasRejectsThatSample(EventType type, String name, Sample sample) {
        // given a schema that lost the first field the sample carries
        JsonNode json = ContractJson.mapper().readTree(sample.json());
        String dropped = json.propertyNames().iterator().next();
        ObjectNode schema = (ObjectNode) Schemas.schemaTree(type.schemaResource());
        ((ObjectNode) schema.get("properties")).remove(dropped);
        removeFromRequired(schema, dropped);

        // when
        var messages = Schemas.validateAgainst(schema, sample.json());

        // then the guard fails, because additionalProperties is false
        assertThat(messages).as("schema without " + dropped).isNotEmpty();
    }

    @Test
    void makingAnOptionalFieldRequiredRejectsAnOldSampleWithoutIt() {
        // given a sample enrolled without a transfer, and a schema that now requires transferredFrom
        Sample walkIn = sampleNamed(EventType.PARTICIPANT_ENROLLED, "newham-walk-in");
        ObjectNode schema = (ObjectNode) Schemas.schemaTree(EventType.PARTICIPANT_ENROLLED.schemaResource());
        ((ArrayNode) schema.get("required")).add("transferredFrom");

        // when
        var messages = Schemas.validateAgainst(schema, walkIn.json());

        // then
        assertThat(messages).isNotEmpty();
    }

    @Test
    void anUnknownFieldIsRejected() {
        // given
        String json = sampleNamed(EventType.PARTICIPANT_ERASED, "barnet-erasure-request")
                .json()
                .replaceFirst("\\{", "{\"name\": \"Amal\",");

        // when
        var messages = Schemas.validate(EventType.PARTICIPANT_ERASED, json);

        // then
        assertThat(messages).anySatisfy(message -> assertThat(message).contains("name"));
    }

    @Test
    void aMalformedUuidOrInstantIsRejected() {
        // given
        String json = "{\"participantRef\":\"not-a-uuid\",\"borough\":\"barnet\",\"erasedAt\":\"yesterday\"}";

        // when
        var messages = Schemas.validate(EventType.PARTICIPANT_ERASED, json);

        // then
        assertThat(messages).hasSizeGreaterThanOrEqualTo(2);
    }

    @Test
    void textThatIsNotJsonGivesAMessageRatherThanAnException() {
        // when
        var messages = Schemas.validate(EventType.PARTICIPANT_ERASED, "{not json");

        // then
        assertThat(messages).singleElement().asString().startsWith("not JSON");
    }

    private static Sample sampleNamed(EventType type, String name) {
        return Samples.of(type).stream()
                .filter(sample -> sample.name().equals(name))
                .findFirst()
                .orElseThrow();
    }

    private static void removeFromRequired(ObjectNode schema, String property) {
        ArrayNode required = (ArrayNode) schema.get("required");
        for (int i = required.size() - 1; i >= 0; i--) {
            if (required.get(i).asString().equals(property)) {
                required.remove(i);
            }
        }
    }
}
