package london.sanctuary.proof.security.personaldata;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * A demo participant's identifying details, as the consent service holds them, and every form in which they could
 * leak: as given, lower-case, URL-encoded, the phone's digits alone and in international form.
 */
record Person(String borough, String ref, String name, String phone, String email) {

    /** Each trace (lower-case: the scan lowers what it reads) with the field it comes from. */
    Map<String, String> traces() {
        Map<String, String> traces = new LinkedHashMap<>();
        add(traces, name, "name");
        add(traces, URLEncoder.encode(name, StandardCharsets.UTF_8), "name");
        add(traces, name.replace(" ", "%20"), "name");
        if (phone != null) {
            String digits = phone.replaceAll("\\D", "");
            add(traces, phone, "phone");
            add(traces, digits, "phone");
            add(traces, "+44" + digits.substring(1), "phone");
        }
        add(traces, email, "email");
        return traces;
    }

    private void add(Map<String, String> traces, String value, String field) {
        if (value != null && !value.isBlank()) {
            traces.put(value.toLowerCase(), field + " of " + ref);
        }
    }
}
