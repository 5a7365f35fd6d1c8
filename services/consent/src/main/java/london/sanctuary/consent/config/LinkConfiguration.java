package london.sanctuary.consent.config;

import io.micrometer.core.instrument.MeterRegistry;
import java.time.Clock;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import london.sanctuary.consent.link.LinkDesk;
import london.sanctuary.consent.link.LinkPost;
import london.sanctuary.consent.link.LinkTexts;
import london.sanctuary.consent.link.LostLinks;
import london.sanctuary.consent.link.PersonalLinks;
import london.sanctuary.consent.link.persistence.MongoPersonalLinks;
import london.sanctuary.consent.link.web.DoorScanLimit;
import london.sanctuary.consent.link.web.LinkThrottle;
import london.sanctuary.consent.link.web.PageCookie;
import london.sanctuary.consent.participant.ParticipantLookup;
import london.sanctuary.consent.participant.Participants;
import london.sanctuary.consent.participant.SearchKeys;
import london.sanctuary.consent.safeguarding.Concerns;
import london.sanctuary.contracts.Borough;
import london.sanctuary.platform.borough.ServedBoroughs;
import london.sanctuary.platform.input.RateLimits;
import london.sanctuary.platform.pages.PageLocale;
import london.sanctuary.platform.store.BoroughStores;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;
import org.springframework.web.servlet.LocaleResolver;
import org.thymeleaf.ITemplateEngine;

/** The personal link: the person's page (its language, its rate limit), its store (forgotten on erasure, as a {@code KeptUnderRef}), its desk and its text messages. */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(LinkSettings.class)
class LinkConfiguration {

    @Bean
    PersonalLinks personalLinks(BoroughStores stores) {
        return new MongoPersonalLinks(stores);
    }

    @Bean
    LinkDesk linkDesk(
            PersonalLinks links,
            ParticipantLookup lookup,
            Concerns concerns,
            ServedBoroughs served,
            LinkSettings settings,
            Clock clock) {
        return new LinkDesk(
                links,
                lookup,
                concerns,
                served.codes().stream().map(Borough::of).toList(),
                settings.validity(),
                settings.publicBaseUrl(),
                clock);
    }

    @Bean
    PageCookie pageCookie(LinkSettings settings, Clock clock) {
        return new PageCookie(settings.pageKeyBytes(), settings.pageIdle(), clock);
    }

    @Bean
    LocaleResolver localeResolver() {
        return new PageLocale();
    }

    /**
     * Before the starter's body gate and the security chain: a flood reaches no session and no store. Per address
     * what can guess, per person behind the page cookie (decision 0070).
     */
    @Bean
    @ConditionalOnProperty(
            name = "sanctuary.consent.personal-link.limited",
            matchIfMissing = true,
            havingValue = "true")
    FilterRegistrationBean<LinkThrottle> linkThrottle(
            LinkSettings settings, PageCookie cookie, ITemplateEngine templates, MeterRegistry registry) {
        LinkThrottle.Limits limits = new LinkThrottle.Limits(
                settings.requests(), settings.perPerson(), settings.period(), settings.addresses());
        FilterRegistrationBean<LinkThrottle> registration =
                new FilterRegistrationBean<>(new LinkThrottle(limits, cookie, templates, registry));
        registration.addUrlPatterns("/public/me", "/public/me/*");
        registration.setOrder(Ordered.HIGHEST_PRECEDENCE + 5);
        return registration;
    }

    /** At the door: one officer's card scans, at most {@code scans-per-officer} a {@code scans-period}. */
    @Bean
    DoorScanLimit doorScanLimit(LinkSettings settings, MeterRegistry registry) {
        return new DoorScanLimit(settings.scansPerOfficer(), settings.scansPeriod(), registry);
    }

    /**
     * "Lost your link?": texts go out on a thread of their own (a daemon, not a bean: an {@code Executor} bean would
     * replace Spring Boot's task executor), so the answer takes as long whether or not someone was found; at most
     * {@code texts-waiting} wait, and one number is texted at most {@code texts-per-number} times a {@code texts-period}
     * (kept in memory by the number's keyed hash).
     */
    @Bean
    LostLinks lostLinks(
            Participants participants,
            SearchKeys keys,
            LinkTexts texts,
            ServedBoroughs served,
            LinkSettings settings,
            Clock clock) {
        ExecutorService sending = new ThreadPoolExecutor(
                1, 1, 0, TimeUnit.SECONDS, new ArrayBlockingQueue<>(settings.textsWaiting()), job -> {
                    Thread thread = new Thread(job, "lost-link-sending");
                    thread.setDaemon(true);
                    return thread;
                });
        RateLimits perNumber =
                new RateLimits("lost-link-number", settings.textsPerNumber(), settings.textsPeriod(), 10_000);
        return new LostLinks(
                participants,
                keys,
                texts,
                served.codes().stream().map(Borough::of).toList(),
                sending,
                number -> perNumber.refusal(number).isEmpty(),
                clock);
    }

    @Bean
    LinkTexts linkTexts(LinkDesk desk, ParticipantLookup lookup, LinkPost post, Clock clock) {
        return new LinkTexts(desk, lookup, post, clock);
    }
}
