package london.sanctuary.platform.pages.council;

/**
 * Who runs a borough's public pages, for their footer: the council's name (a proper name, shown in English), its
 * website, its privacy notice, and how to reach the council team that runs the service — never a person. Any of
 * {@code phone}, {@code email} and {@code address} may be null (not shown).
 */
public record Council(String name, String website, String privacy, String phone, String email, String address) {

    public Council {
        if (name == null || name.isBlank()) {
            throw new IllegalArgumentException("council: a name is required");
        }
        requireWebAddress("website", website);
        requireWebAddress("privacy", privacy);
        if (email != null && !email.matches("[^@\\s]+@[^@\\s]+\\.[^@\\s]+")) {
            throw new IllegalArgumentException("council: email is not an e-mail address");
        }
    }

    /** The number for a {@code tel:} link: digits and a leading plus only. */
    public String phoneLink() {
        return phone == null ? null : "tel:" + phone.replaceAll("[^0-9+]", "");
    }

    private static void requireWebAddress(String field, String value) {
        if (value == null || !value.startsWith("https://")) {
            throw new IllegalArgumentException("council: " + field + " must be an https:// address");
        }
    }
}
