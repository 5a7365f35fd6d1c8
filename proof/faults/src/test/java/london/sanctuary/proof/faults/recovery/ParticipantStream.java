package london.sanctuary.proof.faults.recovery;

import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.UUID;
import london.sanctuary.contracts.Borough;
import london.sanctuary.contracts.CaptureMethod;
import london.sanctuary.contracts.ConsentMethod;
import london.sanctuary.contracts.ConsentPurpose;
import london.sanctuary.contracts.Contract;
import london.sanctuary.contracts.LegalBasis;
import london.sanctuary.contracts.ParticipantRef;
import london.sanctuary.contracts.ReferralEnd;
import london.sanctuary.contracts.ReferralId;
import london.sanctuary.contracts.SessionType;
import london.sanctuary.contracts.VenueKind;
import london.sanctuary.contracts.consent.ConsentGranted;
import london.sanctuary.contracts.consent.ConsentWithdrawn;
import london.sanctuary.contracts.consent.ParticipantErased;
import london.sanctuary.contracts.engagement.AttendanceRecorded;
import london.sanctuary.contracts.engagement.SessionScheduled;
import london.sanctuary.contracts.feedback.FeedbackSubmitted;
import london.sanctuary.contracts.feedback.FeedbackThemed;
import london.sanctuary.contracts.referrals.EncryptedPackage;
import london.sanctuary.contracts.referrals.ReferralSent;
import london.sanctuary.contracts.referrals.ReferralWithdrawn;
import london.sanctuary.platform.messaging.CloudEventRecords;
import london.sanctuary.platform.outbox.OutboxEntry;

/**
 * Plays the relays of the consent, engagement and feedback services of Newham, Barnet and Lambeth, and of the
 * referrals services of two boroughs outside this platform (Hackney, Croydon), for the participants it makes up:
 * consent to link feedback and to share on move, sessions attended, answers (most linked, most themed), and
 * referrals in, some withdrawn by their sender. Later, {@link #endings()}: some withdraw the link, a few are erased.
 * Each event is keyed by its aggregate, as the services key them.
 */
final class ParticipantStream implements AutoCloseable {

    private static final List<String> SENDERS = List.of("hackney", "croydon");
    private static final List<String> THEMES = List.of("housing", "food", "transport", "health");
    private static final List<String> LANGUAGES = List.of("ar", "fa", "uk", "en");

    private final Relay relay = new Relay();
    private final Random random = new Random(20261203L);
    private final Instant at = Instant.now().truncatedTo(ChronoUnit.MILLIS);
    private final Map<Borough, List<UUID>> sessions = new HashMap<>();
    private final List<Person> people = new ArrayList<>();
    private int published;

    /** A participant, with the id of their LINK_FEEDBACK consent. */
    private record Person(Borough borough, ParticipantRef ref, UUID linkConsent) {}

    /** Every borough schedules {@code each} sessions. */
    void sessions(int each) {
        for (Borough borough : ConsentStream.BOROUGHS.stream().map(Borough::of).toList()) {
            for (int i = 0; i < each; i++) {
                UUID id = UUID.randomUUID();
                sessions.computeIfAbsent(borough, b -> new ArrayList<>()).add(id);
                Instant startsAt = at.minus(1 + random.nextInt(60), ChronoUnit.DAYS);
                SessionType type = SessionType.values()[random.nextInt(SessionType.values().length)];
                publish(
                        new SessionScheduled(
                                id,
                                borough,
                                type,
                                startsAt,
                                startsAt.plusSeconds(7200),
                                VenueKind.TRUSTED_COMMUNITY_SPACE,
                                20,
                                List.of("ar", "en"),
                                null),
                        borough,
                        id,
                        "engagement");
            }
        }
    }

    /** One participant's consents, attendance, answers and perhaps a referral in. */
    void participant() {
        Borough borough = Borough.of(ConsentStream.BOROUGHS.get(random.nextInt(ConsentStream.BOROUGHS.size())));
        Person person = new Person(borough, ParticipantRef.random(), UUID.randomUUID());
        people.add(person);
        grant(person, person.linkConsent(), ConsentPurpose.LINK_FEEDBACK);
        grant(person, UUID.randomUUID(), ConsentPurpose.SHARE_ON_MOVE);
        for (UUID session : sessions.get(borough)) {
            if (random.nextInt(3) == 0) {
                publish(
                        new AttendanceRecorded(
                                session,
                                borough,
                                person.ref(),
                                random.nextInt(4) > 0,
                                at.minus(random.nextInt(30), ChronoUnit.DAYS)),
                        borough,
                        session,
                        "engagement");
            }
        }
        for (int answers = 1 + random.nextInt(2); answers > 0; answers--) {
            answer(person, random.nextInt(4) > 0 ? person.ref() : null);
        }
        if (random.nextInt(3) == 0) {
            referralIn(person);
        }
    }

    /** A quarter of the participants withdraw LINK_FEEDBACK; one in ten is erased. */
    void endings() {
        for (Person person : people) {
            if (random.nextInt(4) == 0) {
                publish(
                        new ConsentWithdrawn(
                                person.ref(),
                                person.borough(),
                                person.linkConsent(),
                                ConsentPurpose.LINK_FEEDBACK,
                                at.plusSeconds(60)),
                        person.borough(),
                        person.ref(),
                        "consent");
            }
            if (random.nextInt(10) == 0) {
                publish(
                        new ParticipantErased(person.ref(), person.borough(), at.plusSeconds(120)),
                        person.borough(),
                        person.ref(),
                        "consent");
            }
        }
    }

    int published() {
        return published;
    }

    private void grant(Person person, UUID consentId, ConsentPurpose purpose) {
        publish(
                new ConsentGranted(
                        person.ref(),
                        person.borough(),
                        consentId,
                        purpose,
                        LegalBasis.CONSENT,
                        ConsentMethod.WRITTEN,
                        "ar",
                        person.borough() + "-2025.1",
                        at,
                        null,
                        false),
                person.borough(),
                person.ref(),
                "consent");
    }

    private void answer(Person person, ParticipantRef linked) {
        UUID response = UUID.randomUUID();
        UUID form = UUID.randomUUID();
        Borough borough = person.borough();
        publish(
                new FeedbackSubmitted(
                        response,
                        form,
                        borough,
                        linked,
                        LANGUAGES.get(random.nextInt(LANGUAGES.size())),
                        CaptureMethod.ONLINE,
                        at.minus(random.nextInt(90), ChronoUnit.DAYS)),
                borough,
                response,
                "feedback");
        if (random.nextInt(5) > 0) {
            List<String> themes = List.of(THEMES.get(random.nextInt(THEMES.size())));
            publish(new FeedbackThemed(response, form, borough, linked, themes, at), borough, response, "feedback");
        }
    }

    /** A referral to the participant's borough from one outside the platform, with an opaque package. */
    private void referralIn(Person person) {
        ReferralId id = ReferralId.random();
        Borough from = Borough.of(SENDERS.get(random.nextInt(SENDERS.size())));
        byte[] ciphertext = new byte[64];
        random.nextBytes(ciphertext);
        EncryptedPackage sealed = new EncryptedPackage(
                EncryptedPackage.AES_256_GCM,
                "referral-" + id,
                Base64.getEncoder().encodeToString(new byte[12]),
                Base64.getEncoder().encodeToString(ciphertext));
        publish(
                new ReferralSent(
                        id,
                        from,
                        person.borough(),
                        person.ref(),
                        at,
                        LocalDate.now().plusDays(30),
                        at.plus(30, ChronoUnit.DAYS),
                        sealed),
                from,
                id,
                "referrals");
        if (random.nextInt(3) == 0) {
            ReferralEnd cause = random.nextBoolean() ? ReferralEnd.CANCELLED_BY_SENDER : ReferralEnd.CONSENT_WITHDRAWN;
            publish(
                    new ReferralWithdrawn(id, from, person.borough(), person.ref(), cause, at.plusSeconds(30)),
                    from,
                    id,
                    "referrals");
        }
    }

    private void publish(Contract event, Borough borough, Object aggregate, String service) {
        relay.send(CloudEventRecords.toRecord(OutboxEntry.of(event, borough, aggregate.toString(), at), service));
        published++;
    }

    /** Waits until the broker has acknowledged everything sent so far. */
    void flush() throws Exception {
        relay.flush();
    }

    @Override
    public void close() {
        relay.close();
    }
}
