package london.sanctuary.consent.link.notify;

import london.sanctuary.consent.link.LinkPost;
import london.sanctuary.contracts.Borough;
import london.sanctuary.contracts.Language;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Without GOV.UK Notify: the link is not texted, only recorded — in the audit trail by the request's
 * {@code personal-link.texted} entry, and in a log line naming the borough and the language only (never the number
 * or the link).
 */
public final class UnsentLinks implements LinkPost {

    private static final Logger log = LoggerFactory.getLogger(UnsentLinks.class);

    @Override
    public void send(Borough borough, String phone, Language language, String address) {
        log.info("Personal link of {} ({}) recorded, not texted: GOV.UK Notify is not configured", borough, language);
    }
}
