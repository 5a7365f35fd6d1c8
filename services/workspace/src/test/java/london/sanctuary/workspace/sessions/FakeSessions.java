package london.sanctuary.workspace.sessions;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import london.sanctuary.workspace.services.ServiceRefusal;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Primary;

/**
 * The sessions pages' ports, faked: a diary of sessions kept in memory that records every call, a refusal to give
 * back on the next change, and a small directory of people.
 */
@TestConfiguration(proxyBeanMethods = false)
public class FakeSessions {

    static final String FORUM = "7d1f3c1e-0000-4000-8000-000000000001";
    static final String AMINA = "a0000000-0000-4000-8000-000000000001";
    static final String BILAL = "b0000000-0000-4000-8000-000000000002";
    static final String CHRO = "c0000000-0000-4000-8000-000000000003";

    static final Diary DIARY = new Diary();
    static final Cards CARDS = new Cards();

    @Bean
    @Primary
    DoorCards fakeDoorCards() {
        return CARDS;
    }

    /** The consent service's personal links as the door sees them: live tokens and their holders, people without one. */
    static final class Cards implements DoorCards {
        final Map<String, String> live = new ConcurrentHashMap<>();
        final Set<String> ended = ConcurrentHashMap.newKeySet();

        void reset() {
            live.clear();
            ended.clear();
        }

        @Override
        public Optional<String> holderOf(String borough, String linkToken) {
            return Optional.ofNullable(live.get(linkToken)).filter(ref -> "newham".equals(borough));
        }

        @Override
        public boolean holdsLiveCard(String borough, String participantRef) {
            return !ended.contains(participantRef);
        }
    }

    @Bean
    @Primary
    SessionDiary fakeDiary() {
        return DIARY;
    }

    @Bean
    @Primary
    PeopleFinder fakePeople() {
        Map<String, String> names = Map.of(AMINA, "Amina Haidari", BILAL, "Bilal Osman", CHRO, "Chro Ahmed");
        return new PeopleFinder() {
            @Override
            public List<Person> search(String borough, String query) {
                return names.entrySet().stream()
                        .filter(e -> e.getValue().toLowerCase().contains(query.toLowerCase()))
                        .map(e -> new Person(e.getKey(), e.getValue(), List.of("fa-AF")))
                        .toList();
            }

            @Override
            public Optional<String> nameOf(String borough, String participantRef) {
                return Optional.ofNullable(names.get(participantRef));
            }
        };
    }

    /** A monthly forum in Newham on Tuesday 2 March 2027: two places taken, one waiting, a Tigrinya need unmet. */
    static SessionDetails forum(long capacity) {
        return new SessionDetails(
                FORUM,
                FORUM,
                "LIVED_EXPERIENCE_FORUM",
                Map.of("en", "Sanctuary Board", "ar", "مجلس الملاذ"),
                Map.of("en", "The borough's standing forum"),
                Instant.parse("2027-03-02T18:00:00Z"),
                Instant.parse("2027-03-02T20:00:00Z"),
                "FREQ=MONTHLY;BYDAY=1TU",
                new SessionDetails.Venue(
                        "Forest Gate Community Centre", "1 Woodgrange Road", "TRUSTED_COMMUNITY_SPACE", true, false),
                (int) capacity,
                List.of("en", "ar"),
                List.of(new SessionDetails.Interpreter("fa-AF", null, false)),
                new SessionDetails.Compensation(true, true),
                List.of("Newham Community Engagement"),
                "SCHEDULED",
                2,
                1,
                1,
                "K7P2QX",
                List.of(
                        new SessionDetails.Registration(AMINA, "REGISTERED", "fa-AF", List.of(), false, "ANY"),
                        new SessionDetails.Registration(BILAL, "REGISTERED", "ti", List.of(), false, "ANY"),
                        new SessionDetails.Registration(CHRO, "WAITLISTED", null, List.of(), false, "ANY")),
                List.of(new SessionDetails.Attendance(AMINA, true, true, 480, true, null)),
                1,
                List.of(new SessionDetails.UnmetNeed(BILAL, "INTERPRETER", "ti")),
                new SessionDetails.Expenses(1, 480, 0, 480));
    }

    /** The diary: {@link #calls} says what the pages asked for; {@link #refuseNext} makes the next change fail. */
    static final class Diary implements SessionDiary {

        final List<String> calls = new ArrayList<>();
        final List<Map<String, Object>> bodies = new ArrayList<>();
        final Map<String, SessionDetails> sessions = new LinkedHashMap<>();
        ServiceRefusal refuseNext;

        void reset() {
            calls.clear();
            bodies.clear();
            sessions.clear();
            sessions.put(FORUM, forum(2));
            refuseNext = null;
        }

        private void change(String call, Map<String, Object> body) {
            if (refuseNext != null) {
                ServiceRefusal refusal = refuseNext;
                refuseNext = null;
                throw refusal;
            }
            calls.add(call);
            bodies.add(body);
        }

        @Override
        public List<SessionDetails> between(String borough, LocalDate from, LocalDate to) {
            calls.add("between " + borough + " " + from + " " + to);
            return List.copyOf(sessions.values());
        }

        @Override
        public SessionDetails find(String borough, String sessionId) {
            SessionDetails found = sessions.get(sessionId);
            if (found == null || !borough.equals("newham")) {
                throw new ServiceRefusal("engagement", 404, Optional.empty(), "Session not found");
            }
            return found;
        }

        @Override
        public String schedule(String borough, Map<String, Object> plan) {
            change("schedule " + borough, plan);
            return FORUM;
        }

        @Override
        public void revise(String borough, String sessionId, Map<String, Object> plan) {
            change("revise " + sessionId, plan);
        }

        @Override
        public void cancel(String borough, String sessionId) {
            change("cancel " + sessionId, Map.of());
        }

        @Override
        public void markHeld(String borough, String sessionId) {
            change("held " + sessionId, Map.of());
        }

        @Override
        public void register(String borough, String sessionId, Map<String, Object> registration, String seriesId) {
            change(seriesId == null ? "register " + sessionId : "member " + seriesId, registration);
        }

        @Override
        public void promote(String borough, String sessionId, String participantRef) {
            change("promote " + participantRef, Map.of());
        }

        @Override
        public void cancelRegistration(String borough, String sessionId, String participantRef) {
            change("unregister " + participantRef, Map.of());
        }

        @Override
        public void recordAttendance(String borough, String sessionId, Map<String, Object> attendance) {
            change("attendance " + attendance.get("participantRef"), attendance);
        }

        @Override
        public void markExpensesPaid(String borough, String sessionId, String participantRef) {
            change("paid " + participantRef, Map.of());
        }

        @Override
        public PeriodExpenses expenses(String borough, LocalDate from, LocalDate to) {
            return new PeriodExpenses(
                    from,
                    to,
                    new SessionDetails.Expenses(1, 480, 0, 480),
                    List.of(new PeriodExpenses.Row(
                            FORUM,
                            Instant.parse("2027-03-02T18:00:00Z"),
                            "Sanctuary Board",
                            "HELD",
                            new SessionDetails.Expenses(1, 480, 0, 480))));
        }

        @Override
        public String expensesCsv(String borough, LocalDate from, LocalDate to) {
            return "session_id,participant_ref,travel_expenses_pence\r\n" + FORUM + "," + AMINA + ",480\r\n";
        }
    }
}
