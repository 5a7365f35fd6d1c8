package london.sanctuary.engagement;

import static london.sanctuary.engagement.SessionRequests.attendance;
import static london.sanctuary.engagement.SessionRequests.focusGroup;
import static london.sanctuary.engagement.SessionRequests.registration;
import static london.sanctuary.engagement.SessionRequests.reschedule;
import static london.sanctuary.engagement.SessionRequests.sessions;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.StringReader;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.UUID;
import london.sanctuary.contracts.ConsentPurpose;
import london.sanctuary.contracts.ParticipantRef;
import london.sanctuary.engagement.session.DayBeforeReminders;
import london.sanctuary.platform.test.ApiClient;
import net.fortuna.ical4j.data.CalendarBuilder;
import net.fortuna.ical4j.model.component.VEvent;
import org.bson.Document;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import tools.jackson.databind.JsonNode;

/** Recurring series, members of a standing forum, promotion, unmet needs, expenses and the day-before reminder. */
class SessionSeriesIntegrationTests extends EngagementApiTests {

    static final String MONTHLY = "FREQ=MONTHLY;BYDAY=1TU";

    @Autowired
    DayBeforeReminders reminders;

    @Test
    void aMonthlyForumHasOneSessionPerMeetingEachWithItsOwnRegistrationsAndHeld() {
        // given a monthly forum whose first meeting started an hour ago
        UUID member = participating("newham");
        ApiClient.Response scheduled =
                newham.post(sessions("newham"), forum(Instant.now().minus(Duration.ofHours(1))));
        assertThat(scheduled.status()).as(scheduled.body()).isEqualTo(201);
        String first = scheduled.json().path("sessionId").asString();
        String series = scheduled.json().path("seriesId").asString();

        // when the first meeting is held
        register(first, member);
        assertThat(newham.post(sessions("newham") + "/" + first + "/held", "{}").status())
                .isEqualTo(200);

        // then the series has a meeting a month for a year, the next still to come and open to registration
        JsonNode meetings =
                newham.get(sessions("newham") + "/series/" + series).json().path("items");
        assertThat(series).isEqualTo(first);
        assertThat(meetings.size()).isBetween(12, 14);
        assertThat(meetings.get(0).path("status").asString()).isEqualTo("HELD");
        assertThat(meetings.get(1).path("status").asString()).isEqualTo("SCHEDULED");
        assertThat(meetings.get(1).path("registrations")).isEmpty();
        assertThat(register(meetings.get(1).path("sessionId").asString(), member)
                        .path("status")
                        .asString())
                .isEqualTo("REGISTERED");
    }

    @Test
    void membersOfAStandingForumAreRegisteredForEveryMeetingToComeWithConsentChecked() {
        // given a monthly forum of one place from next week, with its one place of the third meeting taken
        UUID member = participating("newham");
        String series = schedule(
                newham,
                "newham",
                forum(Instant.now().plus(Duration.ofDays(7))).replace("\"capacity\": 20", "\"capacity\": 1"));
        JsonNode meetings =
                newham.get(sessions("newham") + "/series/" + series).json().path("items");
        register(meetings.get(2).path("sessionId").asString(), participating("newham"));

        // when
        ApiClient.Response answer =
                newham.post(sessions("newham") + "/series/" + series + "/members", registration(member));

        // then
        assertThat(answer.status()).as(answer.body()).isEqualTo(200);
        JsonNode places = answer.json().path("places");
        assertThat(places.size()).isEqualTo(meetings.size());
        assertThat(places.get(0).path("status").asString()).isEqualTo("REGISTERED");
        assertThat(places.get(2).path("status").asString()).isEqualTo("WAITLISTED");
        assertThat(newham.post(sessions("newham") + "/series/" + series + "/members", registration(member))
                        .json()
                        .path("places"))
                .isEmpty();
        ApiClient.Response refused =
                newham.post(sessions("newham") + "/series/" + series + "/members", registration(UUID.randomUUID()));
        assertThat(refused.status()).isEqualTo(422);
        assertThat(refused.json().path("field").asString()).isEqualTo("participantRef");
        assertThat(newham.post(sessions("newham") + "/series/" + UUID.randomUUID() + "/members", registration(member))
                        .status())
                .isEqualTo(404);
    }

    @Test
    void theFeedGivesASeriesOnceWithItsRuleItsCancelledMeetingsAndItsMovedOnesInEveryLanguage() throws Exception {
        // given a monthly forum whose second meeting is cancelled and third moved a day later
        String series = schedule(newham, "newham", forum(Instant.now().plus(Duration.ofDays(3))));
        JsonNode meetings =
                newham.get(sessions("newham") + "/series/" + series).json().path("items");
        String second = meetings.get(1).path("sessionId").asString();
        JsonNode third = meetings.get(2);
        newham.post(sessions("newham") + "/" + second + "/cancellation", "{}");
        Instant moved = Instant.parse(third.path("startsAt").asString()).plus(Duration.ofDays(1));
        newham.post(sessions("newham") + "/" + third.path("sessionId").asString() + "/reschedule", reschedule(moved));

        // when
        String feed =
                newham.as(null).get("/public/boroughs/newham/sessions.ics").body();

        // then
        List<VEvent> events = new CalendarBuilder()
                .build(new StringReader(feed)).<VEvent>getComponents("VEVENT").stream()
                        .filter(e -> e.getUid().orElseThrow().getValue().equals(series + "@sanctuary.london"))
                        .toList();
        assertThat(events).hasSize(2);
        VEvent master = events.stream()
                .filter(e -> e.getProperty("RRULE").isPresent())
                .findFirst()
                .orElseThrow();
        assertThat(master.getProperty("EXDATE").orElseThrow().getValue())
                .isEqualTo(meetings.get(1)
                        .path("due")
                        .asString()
                        .replaceAll("[-:]", "")
                        .replace(".000", ""));
        assertThat(events)
                .anySatisfy(e -> assertThat(e.getProperty("RECURRENCE-ID")).isPresent());
        assertThat(master.getProperty("SUMMARY")
                        .orElseThrow()
                        .getParameter("LANGUAGE")
                        .orElseThrow()
                        .getValue())
                .isEqualTo("en");
        assertThat(master.getProperty("DESCRIPTION").orElseThrow().getValue())
                .contains(
                        "ar: ظروف السكن",
                        "Tell us about where you live",
                        "Step-free access: yes",
                        "Arabic (Levantine)");
    }

    @Test
    void promotingFromTheWaitlistIsRefusedWhileFullAndGivesThePlaceOnceTheCapacityIsRaised() {
        // given a session of one place, taken, with someone waiting
        String body = focusGroup(Instant.now().plus(Duration.ofDays(5)), 1);
        String session = schedule(newham, "newham", body);
        register(session, participating("newham"));
        UUID waiting = participating("newham");
        register(session, waiting);
        String promotion = sessions("newham") + "/" + session + "/registrations/" + waiting + "/promotion";

        // when / then: full
        ApiClient.Response full = newham.post(promotion, "{}");
        assertThat(full.status()).isEqualTo(422);
        assertThat(full.json().path("field").asString()).isEqualTo("capacity");

        // when the officer raises the capacity to two (not below the places taken), then promotes
        ApiClient.Response below = newham.send(
                "PUT",
                sessions("newham") + "/" + session,
                "application/json",
                body.replace("\"capacity\": 1", "\"capacity\": 0"));
        ApiClient.Response raised = newham.send(
                "PUT",
                sessions("newham") + "/" + session,
                "application/json",
                body.replace("\"capacity\": 1", "\"capacity\": 2"));
        ApiClient.Response promoted = newham.post(promotion, "{}");

        // then
        assertThat(below.status()).isEqualTo(400);
        assertThat(raised.status()).as(raised.body()).isEqualTo(200);
        assertThat(raised.json().path("capacity").asInt()).isEqualTo(2);
        assertThat(promoted.status()).as(promoted.body()).isEqualTo(200);
        assertThat(promoted.json().path("registration").path("status").asString())
                .isEqualTo("REGISTERED");
        assertThat(newham.get(sessions("newham") + "/" + session)
                        .json()
                        .path("waitlisted")
                        .asInt())
                .isZero();
    }

    @Test
    void aRegistrationWhoseInterpreterIsNotBookedIsFlaggedOnTheSessionAndCountedInTheList() {
        // given a session with Arabic and Dari interpreters
        Instant start = Instant.now().plus(Duration.ofDays(9));
        String session = schedule(newham, "newham", focusGroup(start, 5));
        UUID tigrinya = participating("newham");

        // when someone needing Tigrinya registers
        newham.post(
                sessions("newham") + "/" + session + "/registrations",
                registration(tigrinya).replace("\"interpreterLanguage\": \"ar\"", "\"interpreterLanguage\": \"ti\""));

        // then
        JsonNode view = newham.get(sessions("newham") + "/" + session).json();
        assertThat(view.path("unmetNeeds").get(0).path("need").asString()).isEqualTo("INTERPRETER");
        assertThat(view.path("unmetNeeds").get(0).path("language").asString()).isEqualTo("ti");
        LocalDate day = start.atZone(ZoneId.of("Europe/London")).toLocalDate();
        JsonNode item = newham.get(sessions("newham") + "?from=" + day + "&to=" + day)
                .json()
                .path("items")
                .valueStream()
                .filter(i -> i.path("sessionId").asString().equals(session))
                .findFirst()
                .orElseThrow();
        assertThat(item.path("unmetNeedsCount").asInt()).isEqualTo(1);
        assertThat(item.path("unmetNeeds").isNull()).isTrue();
    }

    @Test
    void expensesAreTotalledPerSessionAndPeriodMarkedPaidAndExportedForFinanceWithoutFormulas() {
        // given two attended a session titled like a formula, claiming £4.80 and £3.00
        String session = schedule(
                newham,
                "newham",
                focusGroup(Instant.now().minus(Duration.ofHours(1)), 5)
                        .replace("\"en\": \"Housing conditions\"", "\"en\": \"=HYPERLINK(1)\""));
        UUID first = participating("newham");
        UUID second = participating("newham");
        register(session, first);
        register(session, second);
        newham.post(sessions("newham") + "/" + session + "/attendance", attendance(first, true, 480));
        newham.post(sessions("newham") + "/" + session + "/attendance", attendance(second, true, 300));

        // when the first is paid
        ApiClient.Response paid =
                newham.post(sessions("newham") + "/" + session + "/expenses/" + first + "/payment", "{}");

        // then
        assertThat(paid.status()).as(paid.body()).isEqualTo(200);
        assertThat(newham.post(sessions("newham") + "/" + session + "/expenses/" + first + "/payment", "{}")
                        .status())
                .isEqualTo(422);
        JsonNode totals = newham.get(sessions("newham") + "/" + session).json().path("expenses");
        assertThat(totals.path("claimedPence").asLong()).isEqualTo(780);
        assertThat(totals.path("owedPence").asLong()).isEqualTo(300);
        LocalDate today = LocalDate.now(ZoneId.of("Europe/London"));
        String period = "?from=" + today.minusDays(1) + "&to=" + today;
        JsonNode periodTotals =
                newham.get(sessions("newham") + "/expenses" + period).json();
        assertThat(periodTotals.path("total").path("paidPence").asLong()).isGreaterThanOrEqualTo(480);
        assertThat(periodTotals
                        .path("sessions")
                        .valueStream()
                        .map(s -> s.path("sessionId").asString()))
                .contains(session);
        ApiClient.Response csv = newham.get(sessions("newham") + "/expenses.csv" + period);
        assertThat(csv.status()).isEqualTo(200);
        assertThat(csv.contentType()).startsWith("text/csv");
        assertThat(csv.body())
                .startsWith("session_id,session_starts_at,session_title,participant_ref,travel_expenses_pence")
                .contains(session + ",", "\"'=HYPERLINK(1)\"", first + ",480,true,", second + ",300,true,\r\n")
                .doesNotContain(",=HYPERLINK");
        ApiClient.Response negotiated =
                newham.send("GET", sessions("newham") + "/expenses" + period, null, null, "Accept", "text/csv");
        assertThat(negotiated.body()).isEqualTo(csv.body());
    }

    @Test
    void theDayBeforeOnlyThoseHoldingAPlaceAndRecontactAreRemindedOnceAndAPromotionIsTold() {
        // given a session of one place tomorrow: a contactable person holds it, another contactable one waits
        String session = schedule(newham, "newham", focusGroup(Instant.now().plus(Duration.ofHours(20)), 1));
        UUID placed = contactable();
        UUID waiting = contactable();
        register(session, placed);
        register(session, waiting);

        // when the reminders run twice, then the place is given up
        reminders.sendDue(NEWHAM);
        reminders.sendDue(NEWHAM);
        newham.delete(sessions("newham") + "/" + session + "/registrations/" + placed);

        // then
        List<Document> notices = stores.of("newham")
                .find(Query.query(Criteria.where("sessionId").is(session)), Document.class, "notices_sent");
        assertThat(notices)
                .extracting(
                        d -> d.getString("participantRef") + " " + d.getString("kind") + " " + d.getString("language"))
                .containsExactly(placed + " SESSION_REMINDER ar", waiting + " WAITLIST_PROMOTED ar");
    }

    UUID contactable() {
        UUID ref = participating("newham");
        consent.grant(NEWHAM, ParticipantRef.of(ref), ConsentPurpose.RECONTACT);
        awaitHolds("newham", ref, ConsentPurpose.RECONTACT);
        return ref;
    }

    static String forum(Instant startsAt) {
        return focusGroup(startsAt, 20, MONTHLY).replace("FOCUS_GROUP", "LIVED_EXPERIENCE_FORUM");
    }
}
