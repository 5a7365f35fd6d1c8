package london.sanctuary.platform.input;

import java.util.Locale;

/** What a request body is, from its content type: the gate reads JSON and forms as UTF-8 text. */
enum BodyKind {
    JSON,
    FORM,
    MULTIPART,
    OTHER;

    static BodyKind of(String contentType) {
        if (contentType == null) {
            return OTHER;
        }
        String type = contentType.split(";", 2)[0].strip().toLowerCase(Locale.ROOT);
        if (type.equals("application/json") || type.endsWith("+json")) {
            return JSON;
        }
        if (type.equals("application/x-www-form-urlencoded")) {
            return FORM;
        }
        return type.startsWith("multipart/") ? MULTIPART : OTHER;
    }
}
