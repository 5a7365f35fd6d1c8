package london.sanctuary.workspace.people;

/**
 * What the consent and re-confirmation forms carry: the purpose (consent only), the legal basis (consent only), how
 * it was given, in which language, through an interpreter in which language (blank: none), under which notice.
 */
public record ConsentGiven(
        String purpose, String legalBasis, String method, String language, String interpreter, String noticeVersion) {

    /** A fresh form, in the person's language, under the current notice. */
    static ConsentGiven forPerson(Person person, String purpose, String currentNotice) {
        return new ConsentGiven(purpose, "CONSENT", "WRITTEN", person.firstLanguage(), "", currentNotice);
    }
}
