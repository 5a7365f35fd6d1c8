package london.sanctuary.proof.security.personaldata;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.net.URLEncoder;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.security.SecureRandom;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import london.sanctuary.platform.test.ApiClient;
import london.sanctuary.platform.test.ProofSize;
import london.sanctuary.platform.test.RecordCapture;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The person's own page ({@code /public/me}) under attack on the local platform: guessed tokens and tokens one
 * character off a real one all get the same 404, byte for byte, until the rate limit answers 429 with
 * {@code Retry-After}, while people with their pages open at the guesser's address are still served; every page is served no-store, with no referrer, unframed, under a strict CSP; every post
 * without its form token is refused and changes nothing; one person's link shows nothing of another's, in this
 * borough or another; and after a journey through the link (open, withdraw, a new link by text, stop, a lost link)
 * no token, phone number or name is in any event, log line, metric or stored document (audit entries included).
 */
@ExtendWith(DemoRun.Shared.class)
class PersonalLinkAttacksIntegrationTests {

    /**
     * The consent service's rate limit per client address and per token start on what can guess: opening a token,
     * and anything without a page cookie (its default: 30 a minute; decision 0070).
     */
    private static final int LIMIT = 30;

    private static final SecureRandom RANDOM = new SecureRandom();
    private static DemoRun run;
    private static int port;
    private static String notFound;

    @BeforeAll
    static void platform(DemoRun demo) {
        run = demo;
        port = demo.port("consent");
        notFound = stranger().get("/public/me").body();
    }

    @Test
    void guessedTokensAllGetTheSameNotFoundPageByteForByteUntilTheRateLimitAnswers429WithRetryAfter() {
        // given one address guessing
        LinkVisitor guesser = stranger();
        int guesses = ProofSize.of(LIMIT + 10, 400);

        // when it follows that many random tokens
        List<HttpResponse<String>> answers = new ArrayList<>();
        long started = System.nanoTime();
        for (int i = 0; i < guesses; i++) {
            answers.add(guesser.get("/public/me/" + randomToken()));
        }
        boolean withinAPeriod =
                System.nanoTime() - started < Duration.ofSeconds(50).toNanos();

        // then each is the page of no link, or the rate limit's 429 naming when to come back, from the limit on
        int firstRefused = firstWith(answers, 429);
        System.out.printf(
                "Personal link: %d guessed tokens, %d answered 404 (the same page), refused from the %d-th%n",
                guesses, firstRefused, firstRefused + 1);
        assertThat(answers).allSatisfy(answer -> assertNothingOrTooMany(answer));
        assertThat(firstRefused).isPositive();
        if (withinAPeriod) {
            assertThat(firstRefused).isEqualTo(LIMIT);
        }
    }

    @Test
    void tokensOneCharacterOffARealOneGetTheSamePageAndTheTokensStartIsLimitedWhateverTheAddress() {
        // given a real link, and each of its characters changed in turn (at full size three ways), each from an
        // address of its own
        String token = card("newham", enrol("newham", "PARTICIPATE"));
        List<String> nearMisses = new ArrayList<>();
        for (int i = 0; i < token.length(); i++) {
            for (char other : ProofSize.full() ? new char[] {'A', 'z', '-'} : new char[] {'A'}) {
                char replacement = token.charAt(i) == other ? '_' : other;
                nearMisses.add(token.substring(0, i) + replacement + token.substring(i + 1));
            }
        }

        // when each is followed
        List<HttpResponse<String>> answers = new ArrayList<>();
        for (int i = 0; i < nearMisses.size(); i++) {
            answers.add(new LinkVisitor(port, "198.51.100." + (i % 250)).get("/public/me/" + nearMisses.get(i)));
        }
        HttpResponse<String> theRealOneNow = stranger().get("/public/me/" + token);

        // then none opens a page, each gets the page of no link until the many guesses at this token's start are
        // refused, whatever their address: the real link's own start with them, for the rest of the period
        long refused = answers.stream().filter(a -> a.statusCode() == 429).count();
        System.out.printf(
                "Personal link: %d tokens one character off a real one, %d refused by the limit on its start%n",
                nearMisses.size(), refused);
        assertThat(answers).allSatisfy(answer -> assertNothingOrTooMany(answer));
        assertThat(refused).isPositive();
        assertThat(answers.subList(0, 8))
                .allSatisfy(a -> assertThat(a.statusCode()).isEqualTo(404));
        assertThat(theRealOneNow.statusCode()).isEqualTo(429);
    }

    @Test
    void peopleWithTheirPagesOpenOnOneHotelsWifiAreServedWhileSomeoneGuessingFromThereIsRefused() {
        // given two people who opened their own links on one hotel's wifi: one client address for everyone there
        String hotel = anAddress();
        long started = System.nanoTime();
        List<LinkVisitor> residents = new ArrayList<>();
        for (String ref : List.of(enrol("newham", "PARTICIPATE"), enrol("newham", "PARTICIPATE"))) {
            LinkVisitor phone = new LinkVisitor(port, hotel);
            assertThat(phone.get("/public/me/" + card("newham", ref)).statusCode())
                    .isEqualTo(302);
            residents.add(phone);
        }

        // when someone else there guesses tokens up to the address's limit, and the two read their pages, together
        // more often than the address's limit
        LinkVisitor guesser = new LinkVisitor(port, hotel);
        List<HttpResponse<String>> guesses = new ArrayList<>();
        for (int i = 0; i < LIMIT; i++) {
            guesses.add(guesser.get("/public/me/" + randomToken()));
        }
        List<Integer> pages = new ArrayList<>();
        for (LinkVisitor phone : residents) {
            for (int i = 0; i <= LIMIT / 2; i++) {
                pages.add(phone.get(i % 2 == 0 ? "/public/me" : "/public/me/withdraw/PARTICIPATE")
                        .statusCode());
            }
        }
        boolean withinAPeriod =
                System.nanoTime() - started < Duration.ofSeconds(50).toNanos();

        // then every page of theirs is served; the guesses get the page of no link, then the limit's 429
        System.out.printf(
                "Personal link: one address, 2 people reading %d pages among %d guesses: %d pages refused, %d guesses%n",
                pages.size(),
                guesses.size(),
                pages.stream().filter(status -> status != 200).count(),
                guesses.stream().filter(a -> a.statusCode() == 429).count());
        assertThat(pages).hasSizeGreaterThan(LIMIT).containsOnly(200);
        assertThat(guesses).allSatisfy(answer -> assertNothingOrTooMany(answer));
        if (withinAPeriod) {
            // the two openings and the guesses share the address's limit
            assertThat(firstWith(guesses, 429)).isEqualTo(LIMIT - residents.size());
        }
    }

    @Test
    void everyPageOfThePersonsLinkIsServedNoStoreWithNoReferrerUnframedUnderAStrictPolicy() {
        // given a person's link, and someone who follows it
        String token = card("newham", enrol("newham", "PARTICIPATE", "RECONTACT"));
        LinkVisitor phone = stranger();
        LinkVisitor hammering = stranger();

        // when they open it and read their pages, a stranger reads the page of no link, and another is rate limited
        Map<String, HttpResponse<String>> pages = new java.util.LinkedHashMap<>();
        pages.put("open", phone.get("/public/me/" + token));
        pages.put("page", phone.get("/public/me"));
        pages.put("withdraw", phone.get("/public/me/withdraw/PARTICIPATE"));
        pages.put("data", phone.get("/public/me/data"));
        pages.put("data download", phone.get("/public/me/data.json"));
        pages.put("lost", phone.get("/public/me/lost"));
        pages.put("no link", stranger().get("/public/me"));
        for (int i = 0; i <= LIMIT; i++) {
            pages.put("too many", hammering.get("/public/me/lost"));
        }

        // then every one carries the headers
        pages.forEach((name, page) -> {
            String csp = page.headers().firstValue("Content-Security-Policy").orElse("");
            assertThat(csp)
                    .as(name)
                    .contains("default-src 'self'", "frame-ancestors 'none'")
                    .doesNotContain("unsafe");
            assertThat(page.headers().firstValue("X-Frame-Options")).as(name).hasValue("DENY");
            assertThat(page.headers().firstValue("Referrer-Policy")).as(name).hasValue("no-referrer");
            assertThat(page.headers().firstValue("Cache-Control").orElse(""))
                    .as(name)
                    .contains("no-store");
            assertThat(page.headers().firstValue("X-Content-Type-Options"))
                    .as(name)
                    .hasValue("nosniff");
        });
        assertThat(pages.get("too many").statusCode()).isEqualTo(429);
        assertThat(pages.get("page").statusCode()).isEqualTo(200);
        assertThat(pages.get("data").statusCode()).isEqualTo(200);
        assertThat(pages.get("data download")
                        .headers()
                        .firstValue("Content-Disposition")
                        .orElse(""))
                .startsWith("attachment");
        assertThat(pages.get("open").headers().allValues("Set-Cookie"))
                .anySatisfy(cookie -> assertThat(cookie)
                        .startsWith("sanctuary-me=")
                        .contains("HttpOnly", "SameSite=Lax", "Path=/public/me"))
                .noneMatch(cookie -> cookie.startsWith("JSESSIONID"));
    }

    @Test
    void everyPostUnderThePersonsPageWithoutItsFormTokenOrWithAWrongOneIsRefusedAndChangesNothing() {
        // given a person on their page, able to withdraw, ask for a new link, stop the link, or report it lost
        String phoneNumber = uniquePhone();
        String ref = enrolWith(
                "newham", "Proof Linkholder " + RANDOM.nextInt(1_000_000), phoneNumber, "PARTICIPATE", "RECONTACT");
        LinkVisitor phone = stranger();
        phone.get("/public/me/" + card("newham", ref));
        String formToken = LinkVisitor.csrfOf(phone.get("/public/me").body());
        String linkBefore = officer("newham").get(link("newham", ref)).body();
        Map<String, String> posts = Map.of(
                "/public/me/withdraw/PARTICIPATE", "",
                "/public/me/resend", "",
                "/public/me/stop", "",
                "/public/me/lost", "&phone=" + URLEncoder.encode(phoneNumber, StandardCharsets.UTF_8));

        // when each is posted without a token, with a wrong one, and with the right one from another browser
        List<String> notRefused = new ArrayList<>();
        posts.forEach((action, fields) -> {
            for (int way = 0; way < 3; way++) {
                String token = way == 0 ? null : way == 1 ? "not-the-token" : formToken;
                LinkVisitor from = way == 2 ? stranger() : phone;
                String form =
                        (token == null ? "" : "_csrf=" + URLEncoder.encode(token, StandardCharsets.UTF_8)) + fields;
                int status = from.post(action, form.startsWith("&") ? form.substring(1) : form)
                        .statusCode();
                if (status != 403) {
                    notRefused.add(action + " "
                            + List.of("without a token", "a wrong token", "from another browser")
                                    .get(way) + ": " + status);
                }
            }
        });

        // then every one was refused, and the consent, the link and the page are as they were
        System.out.printf(
                "Personal link: %d posts without the right form token, %d not refused%n",
                posts.size() * 3, notRefused.size());
        notRefused.forEach(n -> System.out.println("  " + n));
        assertThat(notRefused).isEmpty();
        assertThat(holds("newham", ref, "PARTICIPATE")).isTrue();
        assertThat(officer("newham").get(link("newham", ref)).body()).isEqualTo(linkBefore);
        assertThat(phone.get("/public/me").statusCode()).isEqualTo(200);
    }

    @Test
    void onePersonsLinkShowsNothingOfAnotherPersonInTheirBoroughOrAnother() {
        // given two people in Newham and one in Barnet, each with a link
        Map<String, String> refs = new java.util.LinkedHashMap<>();
        refs.put("newham", enrol("newham", "PARTICIPATE"));
        String neighbour = enrol("newham", "PUBLISH_QUOTE");
        refs.put("barnet", enrol("barnet", "SHARE_ON_MOVE"));

        // when each opens their own page
        Map<String, String> seen = new java.util.LinkedHashMap<>();
        refs.forEach((borough, ref) -> {
            LinkVisitor phone = stranger();
            phone.get("/public/me/" + card(borough, ref));
            seen.put(borough, phone.get("/public/me").body());
        });

        // then each sees only their own consents, no one else's ref; and Barnet's officer cannot reach Newham's link
        assertThat(seen.get("newham")).doesNotContain(refs.get("barnet"), neighbour, "SHARE_ON_MOVE");
        assertThat(seen.get("barnet")).doesNotContain(refs.get("newham"), neighbour);
        assertThat(officer("barnet").get(link("barnet", refs.get("newham"))).status())
                .isEqualTo(404);
    }

    @Test
    void afterAJourneyThroughTheLinkNoTokenPhoneOrNameIsInAnyEventLogLineMetricOrStoredDocument() throws Exception {
        // given a person who agreed to be contacted
        String name = "Proof Linkperson " + Long.toString(RANDOM.nextLong() & Long.MAX_VALUE, 36);
        String phoneNumber = uniquePhone();
        String ref = enrolWith("newham", name, phoneNumber, "PARTICIPATE", "RECONTACT", "SHARE_ON_MOVE");
        String token = card("newham", ref);

        // when they open their link, withdraw a purpose, ask for a new link, stop the link, and report a lost one
        LinkVisitor phone = stranger();
        assertThat(phone.get("/public/me/" + token).statusCode()).isEqualTo(302);
        assertThat(phone.postForm("/public/me/withdraw/SHARE_ON_MOVE", "/public/me/withdraw/SHARE_ON_MOVE", "")
                        .statusCode())
                .isEqualTo(302);
        assertThat(phone.postForm("/public/me", "/public/me/resend", "").statusCode())
                .isEqualTo(302);
        assertThat(phone.postForm("/public/me", "/public/me/stop", "").statusCode())
                .isEqualTo(200);
        LinkVisitor lost = stranger();
        assertThat(lost.postForm(
                                "/public/me/lost",
                                "/public/me/lost",
                                "&phone=" + URLEncoder.encode(phoneNumber, StandardCharsets.UTF_8))
                        .statusCode())
                .isEqualTo(200);

        // then the journey happened, and settled
        assertThat(holds("newham", ref, "SHARE_ON_MOVE")).isFalse();
        TopicRecords topics = new TopicRecords(run.bootstrapServers());
        await().atMost(Duration.ofSeconds(90))
                .pollInterval(Duration.ofSeconds(1))
                .until(() -> topics.lag() == 0 && Metrics.sum(Metrics.scrapes(run), "sanctuary_outbox_pending") == 0);
        // and nowhere is the token (or a 16-character piece of it), the phone number or the name
        Traces traces = new Traces(List.of(new Person("newham", ref, name, phoneNumber, null)))
                .and(token, "the token")
                .and(token.substring(0, 16), "a piece of the token")
                .and(token.substring(token.length() - 16), "a piece of the token");
        List<Traces.Hit> hits = new ArrayList<>();
        topics.all().forEach(r -> hits.addAll(traces.in(r.topic() + "@" + r.offset(), RecordCapture.everythingIn(r))));
        List<String> lines = run.logs().lines();
        for (int i = 0; i < lines.size(); i++) {
            hits.addAll(traces.in("log line " + i, lines.get(i)));
        }
        Metrics.scrapes(run).forEach((service, scrape) -> hits.addAll(traces.in(service + " metrics", scrape)));
        int documents =
                new StoredDocuments(run.mongoUri()).forEach((where, json) -> hits.addAll(traces.in(where, json)));
        PersonalDataScanIntegrationTests.report("places after a journey through the link", documents, hits);
        assertThat(hits).isEmpty();
    }

    private static void assertNothingOrTooMany(HttpResponse<String> answer) {
        if (answer.statusCode() == 429) {
            assertThat(answer.headers().firstValue("Retry-After").orElse("")).matches("[1-9][0-9]*");
        } else {
            assertThat(answer.statusCode()).isEqualTo(404);
            assertThat(answer.body()).isEqualTo(notFound);
        }
    }

    private static int firstWith(List<HttpResponse<String>> answers, int status) {
        for (int i = 0; i < answers.size(); i++) {
            if (answers.get(i).statusCode() == status) {
                return i;
            }
        }
        return -1;
    }

    /** Someone at an address of their own (a random one of IPv6's documentation range). */
    private static LinkVisitor stranger() {
        return new LinkVisitor(port, anAddress());
    }

    /** A random address of IPv6's documentation range. */
    private static String anAddress() {
        return "2001:db8::" + Integer.toHexString(RANDOM.nextInt(0xffff)) + ":"
                + Integer.toHexString(RANDOM.nextInt(0xffff));
    }

    private static String randomToken() {
        byte[] bytes = new byte[32];
        RANDOM.nextBytes(bytes);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }

    private static String uniquePhone() {
        return "07700 9" + String.format("%05d", RANDOM.nextInt(100_000));
    }

    private static ApiClient officer(String borough) {
        return run.api("consent", borough + "-officer");
    }

    private static String enrol(String borough, String... purposes) {
        return enrolWith(borough, "Proof Neighbour " + RANDOM.nextInt(1_000_000), null, purposes);
    }

    private static String enrolWith(String borough, String name, String phone, String... purposes) {
        String body = "{\"name\":\"%s\",%s\"preferredLanguages\":[\"ar\",\"en\"],\"confirmedNotDuplicate\":true}"
                .formatted(name, phone == null ? "" : "\"phone\":\"" + phone + "\",");
        ApiClient.Response enrolled = officer(borough).post("/api/boroughs/" + borough + "/participants", body);
        assertThat(enrolled.status()).as(enrolled.body()).isEqualTo(201);
        String ref = enrolled.json().path("participantRef").asString();
        for (String purpose : purposes) {
            String grant = "{\"purpose\":\"%s\",\"legalBasis\":\"CONSENT\",\"method\":\"WRITTEN\",\"language\":\"ar\","
                    + "\"noticeVersion\":\"2026-10\"}";
            assertThat(officer(borough)
                            .post(
                                    "/api/boroughs/" + borough + "/participants/" + ref + "/consents",
                                    grant.formatted(purpose))
                            .status())
                    .isEqualTo(201);
        }
        return ref;
    }

    private static String card(String borough, String ref) {
        String address = officer(borough)
                .post(link(borough, ref), "{\"delivery\":\"card\"}")
                .json()
                .path("address")
                .asString();
        return address.substring(address.lastIndexOf('/') + 1);
    }

    private static String link(String borough, String ref) {
        return "/api/boroughs/" + borough + "/participants/" + ref + "/personal-link";
    }

    private static boolean holds(String borough, String ref, String purpose) {
        return officer(borough)
                .get("/api/boroughs/" + borough + "/participants/" + ref + "/consents/" + purpose)
                .json()
                .path("holds")
                .asBoolean();
    }
}
