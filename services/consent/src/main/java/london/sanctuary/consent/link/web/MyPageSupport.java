package london.sanctuary.consent.link.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import london.sanctuary.consent.link.LinkDesk;
import london.sanctuary.consent.link.LinkTexts;
import london.sanctuary.consent.link.PersonalLink;
import london.sanctuary.consent.participant.Participant;
import london.sanctuary.consent.participant.ParticipantLookup;
import london.sanctuary.contracts.Borough;
import london.sanctuary.contracts.Language;
import london.sanctuary.contracts.refusal.NotFound;
import london.sanctuary.platform.audit.AuditEntry;
import london.sanctuary.platform.audit.AuditTrail;
import london.sanctuary.platform.pages.LanguageChoice;
import london.sanctuary.platform.pages.council.Councils;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Component;
import org.springframework.web.servlet.LocaleResolver;
import org.springframework.web.servlet.ModelAndView;

/**
 * What the person's pages share: the page's language (theirs, or the one they chose, among those the wording is
 * written in), the language switch, and the audit entries of what they do, by subject {@code personal-link}.
 */
@Component
class MyPageSupport {

    static final String SUBJECT = "personal-link";
    /** Who recorded what the person did on their page (a consent's {@code recordedBy}): themselves, online. */
    static final String SELF_ONLINE = "self, online";

    private static final Language ENGLISH = Language.of("en");
    private final LocaleResolver locales;
    private final ParticipantLookup lookup;
    private final LinkDesk links;
    private final Councils councils;
    private final PageCookie cookie;
    private final AuditTrail audit;
    private final String service;
    private final Clock clock;

    MyPageSupport(
            LocaleResolver locales,
            ParticipantLookup lookup,
            LinkDesk links,
            Councils councils,
            PageCookie cookie,
            AuditTrail audit,
            @Value("${sanctuary.service}") String service,
            Clock clock) {
        this.locales = locales;
        this.lookup = lookup;
        this.links = links;
        this.councils = councils;
        this.cookie = cookie;
        this.audit = audit;
        this.service = service;
        this.clock = clock;
    }

    /** The language of a page shown to someone not known yet: {@code ?lang=}, else their browser's, else English. */
    Language languageAsked(HttpServletRequest request, HttpServletResponse response) {
        Language language = LanguageChoice.asked(request.getParameter("lang"), request);
        locales.setLocale(request, response, Locale.forLanguageTag(language.tag()));
        return language;
    }

    /** The person's chosen language, else the first of their own the pages are worded in, else English. */
    Language languageOf(
            Participant participant, String chosen, HttpServletRequest request, HttpServletResponse response) {
        Language language = chosen != null ? Language.of(chosen) : LinkTexts.wordedFor(preferred(participant));
        locales.setLocale(request, response, Locale.forLanguageTag(language.tag()));
        return language;
    }

    /** A language asked for ({@code ?lang=}) if the platform offers it, else null. */
    static String known(String lang) {
        return Language.known(lang).map(Language::tag).orElse(null);
    }

    /** The language a person's pages open in: the first of their own the pages are worded in, else English. */
    Language openingIn(PersonalLink link) {
        return LinkTexts.wordedFor(preferred(lookup.findLive(link.borough(), link.participantRef())));
    }

    Map<String, Object> wording(Language language) {
        return Map.of("lang", language.tag(), "dir", language.rightToLeft() ? "rtl" : "ltr");
    }

    /** The person's own languages and English, each named in itself; the current one marked. */
    List<Map<String, Object>> switchFor(Participant participant, Language current) {
        List<Language> offered = new ArrayList<>();
        preferred(participant).stream().filter(Language.known()::contains).forEach(offered::add);
        if (!offered.contains(ENGLISH)) {
            offered.add(ENGLISH);
        }
        return offered.stream()
                .map(l -> Map.<String, Object>of(
                        "tag", l.tag(),
                        "autonym", l.autonym(),
                        "dir", l.rightToLeft() ? "rtl" : "ltr",
                        "current", l.equals(current)))
                .toList();
    }

    /** An entry in the borough's audit trail: the person acted through their link; never the token. */
    void audit(PersonalLink link, String action, String recordId) {
        audit.record(new AuditEntry(
                UUID.randomUUID().toString(),
                clock.instant(),
                link.borough().code(),
                service,
                action,
                SUBJECT,
                null,
                link.participantRef().toString(),
                recordId));
    }

    /**
     * The person whose link the page cookie holds, checked again now (an ended link, an erased person: the page's
     * 404), in the language they chose ({@code lang}, kept in the cookie) or their own; the page's wording, council
     * and language switch set on the request, and the cookie's idle time begun again.
     */
    Opened opened(HttpServletRequest request, String lang, HttpServletResponse response) {
        OpenedLink opened = cookie.read(request).orElseThrow(() -> new NotFound("Personal link"));
        PersonalLink link = links.stillOpen(Borough.of(opened.borough()), opened.hash())
                .orElseThrow(() -> new NotFound("Personal link"));
        Participant participant = lookup.findLive(link.borough(), link.participantRef());
        if (known(lang) != null) {
            opened = opened.inLanguage(lang);
        }
        opened = cookie.keep(opened, request, response);
        Language language = languageOf(participant, opened.language(), request, response);
        request.setAttribute("council", councils.of(link.borough()));
        wording(language).forEach(request::setAttribute);
        request.setAttribute("languages", switchFor(participant, language));
        return new Opened(link, participant, Locale.forLanguageTag(language.tag()), opened);
    }

    /** The page every way of not having a page gets (no link, an ended one, an erased person): 404, no one named. */
    ModelAndView notFound(HttpServletRequest request, HttpServletResponse response) {
        return new ModelAndView("not-found", wording(languageAsked(request, response)), HttpStatus.NOT_FOUND);
    }

    boolean hasPhone(Participant participant) {
        return lookup.profileOf(participant).phone() != null;
    }

    private List<Language> preferred(Participant participant) {
        return lookup.profileOf(participant).preferredLanguages();
    }
}
