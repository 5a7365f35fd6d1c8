package london.sanctuary.referrals.directory;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import london.sanctuary.contracts.Language;
import london.sanctuary.contracts.refusal.InvalidValue;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class OrukExportTests {

    @Test
    void anOrukServicesPageGivesTheActiveServicesWithWhatMatchingAndShowingNeed() throws IOException {
        // given a page of a borough's ORUK /services, with schedules, costs, eligibility, a defunct service and a
        // contact
        byte[] page = resource("/oruk/camden-services-page.json");

        // when
        List<LocalService> services = OrukExport.read(page);

        // then the two active services, the defunct one left out
        assertThat(services)
                .extracting(LocalService::name)
                .containsExactly("Kentish Town ESOL Drop-in", "Camden Immigration Advice");
        LocalService esol = services.get(0);
        assertThat(esol.id()).isEqualTo("3f0b1b8e-6f0a-4a59-9b3c-0d5a2f0e9a11");
        assertThat(esol.organisation()).isEqualTo("Kentish Town Community Centre");
        assertThat(esol.taxonomy()).contains("ESOL", "esol", "Adult education", "1097");
        assertThat(esol.languages()).containsExactly(Language.of("en"), Language.of("ar"));
        assertThat(esol.area()).isEqualTo("17 Example Road, London, NW5 1AA");
        assertThat(esol.url()).isEqualTo("https://example.org/services/kentish-town-esol");
        assertThat(services.get(1).area()).isEqualTo("Camden");
        assertThat(services.get(1).languages()).containsExactly(Language.of("fa"), Language.of("ti"));
        // and the contact, a person, is never read
        assertThat(services.toString()).doesNotContain("Jane").doesNotContain("07700 900123");
    }

    @Test
    void anHsds3ListWithLanguageCodesAttributesAndPhonesIsReadToo() {
        // given HSDS 3's shape: "contents", languages by code, taxonomy terms as attributes, the service's phone
        String json = """
                {"total_items": 1, "contents": [{"id": "s1", "name": "Talking Therapies",
                  "languages": [{"id": "l1", "name": "Somali", "code": "so"}],
                  "attributes": [{"id": "a1", "taxonomy_term": {"id": "t1", "name": "Mental health"}}],
                  "phones": [{"id": "p1", "number": "020 7946 0000"}]}]}""";

        // when
        LocalService service = OrukExport.read(bytes(json)).get(0);

        // then
        assertThat(service.languages()).containsExactly(Language.of("so"));
        assertThat(SupportTaxonomy.offers(service, london.sanctuary.contracts.SupportKind.MENTAL_HEALTH))
                .isTrue();
        assertThat(service.phone()).isEqualTo("020 7946 0000");
    }

    @ParameterizedTest(name = "{0} is refused naming {1}")
    @CsvSource(
            delimiter = '|',
            value = {
                "not json at all | body",
                "{\"content\": {\"id\": \"s1\"}} | content",
                "{\"services\": []} | content",
                "{\"content\": []} | content",
                "{\"content\": [\"a service\"]} | content[0]",
                "{\"content\": [{\"id\": \"s1\"}]} | content[0].name",
                "{\"content\": [{\"id\": 7, \"name\": \"ESOL\"}]} | content[0].id",
                "{\"content\": [{\"id\": \"s1\", \"name\": \"ESOL\", \"organization\": \"Council\"}]} | content[0].organization",
                "{\"content\": [{\"id\": \"s1\", \"name\": \"A\"}, {\"id\": \"s1\", \"name\": \"B\"}]} | content[1].id",
                "{\"content\": [{\"id\": \"s1\", \"name\": \"A\", \"languages\": [{\"code\": \"not a tag\"}]}]} | content[0].languages[0].code",
                "{\"content\": [{\"id\": \"s1\", \"name\": \"A\", \"service_taxonomys\": [{\"taxonomy\": {\"name\": 5}}]}]} | content[0].service_taxonomys[0].taxonomy.name",
                "[{\"id\": \"s1\", \"name\": \"A\", \"service_at_locations\": [{\"location\": []}]}] | [0].service_at_locations[0].location",
            })
    void aDocumentThatIsNotAnOrukExportIsRefusedNamingThePath(String json, String field) {
        assertThatThrownBy(() -> OrukExport.read(bytes(json)))
                .isInstanceOfSatisfying(
                        InvalidValue.class, e -> assertThat(e.field()).isEqualTo(field));
    }

    @Test
    void aNameLongerThanAServiceNameIsRefusedNamingItsPath() {
        String json = "{\"content\": [{\"id\": \"s1\", \"name\": \"" + "x".repeat(201) + "\"}]}";
        assertThatThrownBy(() -> OrukExport.read(bytes(json)))
                .isInstanceOfSatisfying(
                        InvalidValue.class, e -> assertThat(e.field()).isEqualTo("content[0].name"));
    }

    @Test
    void eachDemoDirectoryIsAnOrukExportWithAServiceForEveryKindButOther() throws IOException {
        for (String borough : List.of("newham", "barnet", "lambeth")) {
            List<LocalService> services = OrukExport.read(resource("/directory/demo/" + borough + ".json"));
            assertThat(services).as(borough).hasSizeBetween(6, 8);
            assertThat(services)
                    .as(borough)
                    .allSatisfy(s -> assertThat(s.languages()).isNotEmpty());
        }
    }

    private static byte[] resource(String path) throws IOException {
        try (InputStream in = OrukExportTests.class.getResourceAsStream(path)) {
            return in.readAllBytes();
        }
    }

    private static byte[] bytes(String json) {
        return json.getBytes(StandardCharsets.UTF_8);
    }
}
