package london.sanctuary.referrals;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.util.List;
import london.sanctuary.platform.test.ApiClient;
import london.sanctuary.platform.test.ApiClient.Response;
import london.sanctuary.platform.test.TestTokens;
import org.junit.jupiter.api.Test;

/** A borough's directory of local services: the demo directory at start, and importing an ORUK export. */
class DirectoryIntegrationTests extends ReferralsServiceTest {

    static String directory(String borough) {
        return "/api/boroughs/" + borough + "/directory";
    }

    @Test
    void eachDemoBoroughStartsWithItsDemoDirectoryLanguagesByNameAndAutonym() {
        Response barnet = api("barnet").get(directory("barnet"));

        assertThat(barnet.status()).as(barnet.body()).isEqualTo(200);
        assertThat(barnet.json().findValuesAsString("id")).contains("barnet-esol", "barnet-legal", "barnet-mental");
        assertThat(barnet.json()
                        .get(0)
                        .path("languages")
                        .get(0)
                        .path("englishName")
                        .asString())
                .isNotBlank();
        assertThat(barnet.body()).contains("\"autonym\":\"فارسی\"");
    }

    @Test
    void aServiceLeadsImportReplacesTheBoroughsDirectoryAndABrokenOneChangesNothing() throws IOException {
        try {
            // when Lambeth's service lead imports its ORUK export
            Response imported = api("lambeth").put(directory("lambeth"), resource("/oruk/camden-services-page.json"));

            // then Lambeth's directory is the export's active services, and nothing else
            assertThat(imported.status()).as(imported.body()).isEqualTo(200);
            assertThat(imported.json().path("services").asInt()).isEqualTo(2);
            Response read = api("lambeth").get(directory("lambeth"));
            assertThat(read.json().findValuesAsString("name"))
                    .containsExactly("Camden Immigration Advice", "Kentish Town ESOL Drop-in");
            assertThat(read.body()).doesNotContain("Jane Contactperson");

            // and a broken export is refused naming its path, leaving the directory as it was
            Response broken = api("lambeth")
                    .put(
                            directory("lambeth"),
                            "{\"content\": [{\"id\": \"s1\", \"organization\": {\"name\": \"X\"}}]}");
            assertThat(broken.status()).isEqualTo(400);
            assertThat(broken.isProblem()).isTrue();
            assertThat(broken.json().toString()).contains("content[0].name");
            assertThat(api("lambeth").get(directory("lambeth")).json().size()).isEqualTo(2);
        } finally {
            api("lambeth").put(directory("lambeth"), resource("/directory/demo/lambeth.json"));
        }
    }

    @Test
    void aPreviewSaysWhatAnImportWouldKeepAndLeaveOutAndChangesNothing() throws IOException {
        // given Lambeth's directory as it stands
        String before = api("lambeth").get(directory("lambeth")).body();

        // when its service lead previews the Camden export
        Response preview =
                api("lambeth").post(directory("lambeth") + "/preview", resource("/oruk/camden-services-page.json"));

        // then the two active services, with the kinds they offer; the defunct one and the contact left out, unread
        assertThat(preview.status()).as(preview.body()).isEqualTo(200);
        assertThat(preview.json().path("services").findValuesAsString("name"))
                .containsExactly("Kentish Town ESOL Drop-in", "Camden Immigration Advice"); // the file's order
        assertThat(preview.body()).contains("\"supportKinds\":[\"LEGAL_ADVICE\"]", "\"supportKinds\":[\"ESOL\"]");
        assertThat(preview.json().path("notActive").asInt()).isEqualTo(1);
        assertThat(preview.json().path("contactsLeftOut").asInt()).isEqualTo(1);
        assertThat(preview.body()).doesNotContain("Jane Contactperson");
        assertThat(api("lambeth").get(directory("lambeth")).body()).isEqualTo(before);

        // and a broken export is refused as the import refuses it
        Response broken = api("lambeth").post(directory("lambeth") + "/preview", "{\"content\": [{\"id\": \"s1\"}]}");
        assertThat(broken.status()).isEqualTo(400);
        assertThat(broken.json().path("field").asString()).isEqualTo("content[0].name");
    }

    @Test
    void theLastImportSaysWhenByWhichRoleAndHowManyNeverByWhom() throws IOException {
        try {
            // when Lambeth's service lead imports
            api("lambeth").put(directory("lambeth"), resource("/oruk/camden-services-page.json"));

            // then
            Response last = api("lambeth").get(directory("lambeth") + "/import");
            assertThat(last.status()).as(last.body()).isEqualTo(200);
            assertThat(last.json().path("by").asString()).isEqualTo("service-lead");
            assertThat(last.json().path("services").asInt()).isEqualTo(2);
            assertThat(last.json().path("at").asString()).isNotBlank();
            assertThat(last.json().propertyNames()).containsExactlyInAnyOrder("at", "by", "services");
        } finally {
            api("lambeth").put(directory("lambeth"), resource("/directory/demo/lambeth.json"));
        }
    }

    @Test
    void onlyAServiceLeadImportsAndAnotherBoroughsDirectoryIsOutOfReach() throws IOException {
        String export = resource("/oruk/camden-services-page.json");
        ApiClient moveOn = new ApiClient(
                port,
                TestTokens.sign(TestTokens.claims("barnet-moveon", "barnet", List.of("move-on"))
                        .build()));

        assertThat(moveOn.put(directory("barnet"), export).status()).isEqualTo(403);
        assertThat(moveOn.post(directory("barnet") + "/preview", export).status())
                .isEqualTo(403);
        assertThat(moveOn.get(directory("barnet")).status()).isEqualTo(200);
        assertThat(api("newham").put(directory("barnet"), export).status()).isIn(403, 404);
    }

    private static String resource(String path) throws IOException {
        try (InputStream in = DirectoryIntegrationTests.class.getResourceAsStream(path)) {
            return new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
        }
    }
}
