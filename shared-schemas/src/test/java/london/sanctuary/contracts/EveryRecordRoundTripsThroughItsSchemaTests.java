package london.sanctuary.contracts;

import static org.assertj.core.api.Assertions.assertThat;

import java.lang.reflect.RecordComponent;
import java.util.Arrays;
import java.util.stream.Stream;
import london.sanctuary.contracts.referrals.ReferralPackage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.MethodSource;
import tools.jackson.databind.JsonNode;

/** Records and schemas agree: what a record writes, its schema accepts, and it reads back equal. */
class EveryRecordRoundTripsThroughItsSchemaTests {

    static Stream<Arguments> everySample() {
        return Stream.of(EventType.values())
                .flatMap(type -> Samples.of(type).stream().map(sample -> Arguments.of(type, sample.name(), sample)));
    }

    @ParameterizedTest(name = "{0} {1}")
    @MethodSource("everySample")
    void everySampleParsesIntoItsRecordAndWritesBackValidJson(EventType type, String name, Sample sample) {
        // given
        Object parsed = ContractJson.read(sample.json(), type.recordType());

        // when
        String written = ContractJson.write(parsed);

        // then
        assertThat(Schemas.validate(type, written)).as(written).isEmpty();
        assertThat(ContractJson.read(written, type.recordType())).isEqualTo(parsed);
        assertThat(tree(written)).isEqualTo(tree(sample.json()));
    }

    @ParameterizedTest
    @EnumSource(EventType.class)
    void aRecordBuiltInJavaWritesJsonItsSchemaAcceptsAndReadsBackEqual(EventType type) {
        // given every component set, nullable ones included
        Contract contract = ContractFixtures.anyOf(type);

        // when
        String json = ContractJson.write(contract);

        // then
        assertThat(Schemas.validate(type, json)).as(json).isEmpty();
        assertThat(ContractJson.read(json, type.recordType())).isEqualTo(contract);
        assertThat(tree(json).propertyNames()).containsExactlyInAnyOrderElementsOf(componentNames(type));
    }

    @ParameterizedTest
    @EnumSource(EventType.class)
    void theSchemaDeclaresExactlyTheRecordsComponents(EventType type) {
        // given
        JsonNode schema = Schemas.schemaTree(type.schemaResource());

        // then
        assertThat(schema.get("properties").propertyNames()).containsExactlyInAnyOrderElementsOf(componentNames(type));
        assertThat(schema.get("additionalProperties").asBoolean(true)).isFalse();
        assertThat(schema.get("title").asString()).isEqualTo(type.recordType().getSimpleName());
        assertThat(schema.get("$id").asString()).isEqualTo("https://sanctuary.london/" + type.schemaResource());
        assertThat(schema.get("$schema").asString()).isEqualTo("https://json-schema.org/draft/2020-12/schema");
    }

    @Test
    void aReferralPackageRoundTripsThroughItsSchema() {
        // given
        ReferralPackage referralPackage = ContractFixtures.referralPackage();

        // when
        String json = ContractJson.write(referralPackage);

        // then
        assertThat(Schemas.validateReferralPackage(json)).as(json).isEmpty();
        assertThat(ContractJson.read(json, ReferralPackage.class)).isEqualTo(referralPackage);
    }

    @Test
    void everyReferralPackageSampleRoundTrips() {
        for (Sample sample : Samples.ofReferralPackage()) {
            // given
            ReferralPackage parsed = ContractJson.read(sample.json(), ReferralPackage.class);

            // when
            String written = ContractJson.write(parsed);

            // then
            assertThat(Schemas.validateReferralPackage(written)).as(written).isEmpty();
            assertThat(tree(written)).isEqualTo(tree(sample.json()));
        }
    }

    private static JsonNode tree(String json) {
        return ContractJson.mapper().readTree(json);
    }

    private static Stream<String> componentStream(EventType type) {
        return Arrays.stream(type.recordType().getRecordComponents()).map(RecordComponent::getName);
    }

    private static java.util.List<String> componentNames(EventType type) {
        return componentStream(type).toList();
    }
}
