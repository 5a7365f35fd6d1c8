package london.sanctuary.workspace.moveon;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import london.sanctuary.workspace.people.ConsentGiven;
import london.sanctuary.workspace.people.FakeConsentRecords;
import london.sanctuary.workspace.people.Person;
import london.sanctuary.workspace.services.ServiceRefusal;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.context.annotation.Primary;

/**
 * The consent and referrals services as the move-on pages see them, in memory: Newham's Amina Yusuf holds
 * SHARE_ON_MOVE, Karim Nouri does not; the referrals service refuses as it does (a borough off the exchange at
 * {@code toBorough}, a second referral in flight 409, cancelling a decided one 422, a stale version 409).
 */
@TestConfiguration
@Import(FakeConsentRecords.Port.class)
public class FakeMoveOn {

    static final FakeConsentRecords CONSENT = FakeConsentRecords.SHARED;
    static final Outgoing REFERRALS = new Outgoing();

    @Bean
    @Primary
    Outgoing fakeOutgoingReferrals() {
        return REFERRALS;
    }

    /** Amina (SHARE_ON_MOVE held) and Karim (not), in Newham; no referral sent. Answers Amina's reference. */
    static String reset() {
        CONSENT.people.clear();
        CONSENT.calls.clear();
        REFERRALS.sent.clear();
        REFERRALS.calls.clear();
        Person amina = CONSENT.add("newham", "Amina Yusuf", "07700 900456", "ar", "en");
        CONSENT.grant(
                "newham",
                amina.participantRef(),
                1,
                new ConsentGiven("SHARE_ON_MOVE", "CONSENT", "WRITTEN", "ar", "", "2026-10"));
        CONSENT.add("newham", "Karim Nouri", "07700 900789", "fa");
        return amina.participantRef();
    }

    static String karim() {
        return CONSENT.people.values().stream()
                .filter(p -> p.name().equals("Karim Nouri"))
                .findFirst()
                .orElseThrow()
                .participantRef();
    }

    /** The directory service the receiving borough says took GP registration on, in a referral IN_PROGRESS. */
    static final String GP_SERVICE = "GP Registration Support";

    /** A referral already sent to {@code to}, answer due {@code dueIn} from now (negative: overdue). */
    static SentReferral alreadySent(String to, String status, Duration dueIn) {
        Instant now = Instant.now();
        SentReferral referral = new SentReferral(
                UUID.randomUUID().toString(),
                to,
                UUID.randomUUID().toString(),
                status,
                "FAMILY_REUNION",
                List.of("GP_REGISTRATION", "ESOL"),
                LocalDate.now().plusDays(20),
                now.minus(Duration.ofDays(1)),
                now.plus(dueIn),
                dueIn.isNegative(),
                status.equals("ACCEPTED") || status.equals("IN_PROGRESS") ? now : null,
                null,
                null,
                null,
                null,
                status.equals("IN_PROGRESS")
                        ? List.of(
                                new SentReferral.TakenOn(
                                        0,
                                        "GP_REGISTRATION",
                                        true,
                                        GP_SERVICE,
                                        "Barnet Federated GPs",
                                        "https://www.example.org/barnet/gp",
                                        "020 8359 2000"),
                                new SentReferral.TakenOn(1, "ESOL", false, null, null, null, null))
                        : List.of(),
                3L);
        REFERRALS.sent.put(referral.referralId(), referral);
        return referral;
    }

    /** In progress at {@code to}, its first item with a directory service {@code to} has not named yet. */
    static SentReferral notNamedYet(String to) {
        SentReferral sent = alreadySent(to, "IN_PROGRESS", Duration.ofDays(3));
        SentReferral referral = new SentReferral(
                sent.referralId(),
                sent.toBorough(),
                sent.participantRef(),
                sent.status(),
                sent.reason(),
                sent.supportKinds(),
                sent.moveDate(),
                sent.sentAt(),
                sent.respondBy(),
                sent.overdue(),
                sent.decidedAt(),
                sent.declineReason(),
                sent.endedAt(),
                null,
                null,
                List.of(new SentReferral.TakenOn(0, "GP_REGISTRATION", true, null, null, null, null)),
                sent.version());
        REFERRALS.sent.put(referral.referralId(), referral);
        return referral;
    }

    /** The referrals service's outgoing side in memory. */
    public static class Outgoing implements OutgoingReferrals {

        static final Set<String> ON_THE_EXCHANGE = Set.of("newham", "barnet", "lambeth");

        final Map<String, SentReferral> sent = new ConcurrentHashMap<>();
        final Map<String, ReferralDraft> drafts = new ConcurrentHashMap<>();
        final List<String> calls = new ArrayList<>();

        @Override
        public SentReferral send(String borough, ReferralDraft draft) {
            calls.add("send " + draft.toBorough());
            if (sent.containsKey(draft.referralId())) {
                return sent.get(draft.referralId());
            }
            if (!ON_THE_EXCHANGE.contains(draft.toBorough())) {
                throw refused(400, "toBorough", "is not a borough on the referral exchange");
            }
            if (sent.values().stream()
                    .anyMatch(r -> draft.participantRef().equals(r.participantRef()) && r.undecided())) {
                throw refused(
                        409,
                        null,
                        "This participant already has a referral in flight; cancel it before sending another");
            }
            Instant now = Instant.now();
            SentReferral referral = new SentReferral(
                    draft.referralId(),
                    draft.toBorough(),
                    draft.participantRef(),
                    "REQUESTED",
                    draft.reason(),
                    draft.support().stream().map(ReferralDraft.Support::kind).toList(),
                    LocalDate.parse(draft.moveDate()),
                    now,
                    now.plus(Duration.ofDays(7).plusMinutes(30)),
                    false,
                    null,
                    null,
                    null,
                    null,
                    null,
                    List.of(),
                    0L);
            sent.put(referral.referralId(), referral);
            drafts.put(referral.referralId(), draft);
            return referral;
        }

        @Override
        public List<SentReferral> sent(String borough) {
            return sent.values().stream()
                    .sorted(Comparator.comparing(SentReferral::sentAt).reversed())
                    .toList();
        }

        @Override
        public SentReferral find(String borough, String referralId) {
            return Optional.ofNullable(sent.get(referralId)).orElseThrow(() -> refused(404, null, "Not found"));
        }

        @Override
        public SentReferral cancel(String borough, String referralId, long version) {
            calls.add("cancel " + referralId);
            SentReferral referral = find(borough, referralId);
            if (!referral.undecided()) {
                throw refused(422, "status", "A referral that is " + referral.status() + " cannot be cancelled");
            }
            if (referral.version() != version) {
                throw refused(409, "version", "The referral changed meanwhile");
            }
            SentReferral cancelled = new SentReferral(
                    referral.referralId(),
                    referral.toBorough(),
                    referral.participantRef(),
                    "CANCELLED",
                    referral.reason(),
                    referral.supportKinds(),
                    referral.moveDate(),
                    referral.sentAt(),
                    referral.respondBy(),
                    false,
                    null,
                    null,
                    Instant.now(),
                    null,
                    null,
                    referral.takenOnBy(),
                    referral.version() + 1);
            sent.put(referralId, cancelled);
            return cancelled;
        }

        private static ServiceRefusal refused(int status, String field, String detail) {
            return new ServiceRefusal("referrals", status, Optional.ofNullable(field), detail);
        }
    }
}
