package london.sanctuary.consent.link.web;

import java.util.Locale;
import london.sanctuary.consent.link.PersonalLink;
import london.sanctuary.consent.participant.Participant;

/** The person a request is for: their link (checked again just now), their record, the page's language, and the page cookie as it now stands. */
record Opened(PersonalLink link, Participant participant, Locale locale, OpenedLink page) {}
