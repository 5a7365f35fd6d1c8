package london.sanctuary.proof.security.personaldata;

import java.util.ArrayList;
import java.util.List;
import london.sanctuary.platform.test.ApiClient;
import tools.jackson.databind.JsonNode;

/** The demo participants of every borough of a run, read back from the consent service that holds their details. */
final class People {

    private People() {}

    static List<Person> enrolled(DemoRun run) {
        List<Person> people = new ArrayList<>();
        for (String borough : run.boroughs()) {
            ApiClient consent = run.api("consent", borough + "-officer");
            String base = "/api/boroughs/" + borough + "/participants";
            for (JsonNode item : consent.get(base + "?limit=500").json().path("items")) {
                String ref = item.path("participantRef").asString();
                ApiClient.Response read = consent.get(base + "/" + ref);
                if (read.status() == 200) { // erased by an earlier test: 410, nothing left to find
                    JsonNode p = read.json();
                    people.add(new Person(borough, ref, text(p, "name"), text(p, "phone"), text(p, "email")));
                }
            }
        }
        return people;
    }

    private static String text(JsonNode node, String field) {
        return node.path(field).isString() ? node.path(field).asString() : null;
    }
}
