package london.sanctuary.proof.security.pages;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jsoup.Connection;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.FormElement;

/** The forms a page posts, and what a person filling one in would send. */
final class StaffForms {

    static final String CSRF = "_csrf";

    /** A form that posts, on the page where it was found. */
    record PostForm(Visitor.Page page, FormElement form) {

        String action() {
            return form.absUrl("action");
        }

        String csrfToken() {
            return form.select("input[type=hidden][name=" + CSRF + "]").val();
        }

        /** The form as filled in: its fields, a choice in each radio group left unchosen, text in empty boxes. */
        Map<String, String> filledIn() {
            Map<String, String> fields = new LinkedHashMap<>();
            for (Connection.KeyVal field : form.formData()) {
                fields.put(field.key(), field.value());
            }
            for (Element radio : form.select("input[type=radio]")) {
                fields.putIfAbsent(radio.attr("name"), radio.val());
            }
            for (Element box : form.select("input[type=text], textarea")) {
                if (fields.getOrDefault(box.attr("name"), "").isBlank()) {
                    fields.put(box.attr("name"), "Proof");
                }
            }
            return fields;
        }
    }

    private StaffForms() {}

    static List<PostForm> on(Visitor.Page page) {
        return page.html().select("form").forms().stream()
                .filter(f -> f.attr("method").equalsIgnoreCase("post"))
                .map(f -> new PostForm(page, f))
                .toList();
    }

    /** What the page shows, without the CSRF tokens (masked anew on every render). */
    static String shown(Visitor.Page page) {
        Document html = page.html();
        html.select("input[name=" + CSRF + "]").remove();
        return html.body().html();
    }
}
