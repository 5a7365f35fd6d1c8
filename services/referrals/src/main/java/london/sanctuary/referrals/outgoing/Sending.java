package london.sanctuary.referrals.outgoing;

import java.time.Clock;
import java.util.List;
import london.sanctuary.contracts.Borough;
import london.sanctuary.contracts.ConsentPurpose;
import london.sanctuary.contracts.ContractJson;
import london.sanctuary.contracts.ReferralId;
import london.sanctuary.contracts.Schemas;
import london.sanctuary.contracts.Versioned;
import london.sanctuary.contracts.referrals.EngagementEntry;
import london.sanctuary.contracts.referrals.ReferralPackage;
import london.sanctuary.contracts.referrals.SupportItem;
import london.sanctuary.contracts.refusal.Conflict;
import london.sanctuary.contracts.refusal.InvalidValue;
import london.sanctuary.contracts.refusal.RuleBroken;
import london.sanctuary.platform.crypto.DataKey;
import london.sanctuary.referrals.crypto.KeyCustody;
import london.sanctuary.referrals.crypto.KeyRegistry;
import london.sanctuary.referrals.crypto.PackageCipher;
import london.sanctuary.referrals.history.EngagementHistory;
import london.sanctuary.referrals.referral.IdTaken;
import london.sanctuary.referrals.referral.Referral;
import london.sanctuary.referrals.referral.Referrals;
import london.sanctuary.referrals.referral.Routing;
import london.sanctuary.referrals.referral.Sealed;
import london.sanctuary.referrals.referral.SendReferral;
import london.sanctuary.referrals.referral.Side;
import london.sanctuary.referrals.referral.SupportNeed;
import london.sanctuary.referrals.referral.UnknownReferral;
import london.sanctuary.referrals.referral.WorkingDays;

/**
 * Sends a referral: only while the person holds SHARE_ON_MOVE (the consent service says so, and hands over the
 * profile and consents at that moment); with LINK_FEEDBACK too, the answers of their linked feedback go with it.
 * The package — on the declared list only — is sealed under a new data key kept in this borough's custody. A retry
 * of the same send (same referralId) answers the referral it made.
 */
public final class Sending {

    private final Referrals referrals;
    private final MoveOnRecords moveOn;
    private final EngagementHistory history;
    private final LinkedAnswers linkedAnswers;
    private final KeyCustody custody;
    private final KeyRegistry registry;
    private final int acceptWithinWorkingDays;
    private final Clock clock;

    public Sending(
            Referrals referrals,
            MoveOnRecords moveOn,
            EngagementHistory history,
            LinkedAnswers linkedAnswers,
            KeyCustody custody,
            KeyRegistry registry,
            int acceptWithinWorkingDays,
            Clock clock) {
        this.referrals = referrals;
        this.moveOn = moveOn;
        this.history = history;
        this.linkedAnswers = linkedAnswers;
        this.custody = custody;
        this.registry = registry;
        this.acceptWithinWorkingDays = acceptWithinWorkingDays;
        this.clock = clock;
    }

    /** The referral, and whether this call created it (false: a retry of one already sent). */
    public Sent send(Borough from, SendReferral command) {
        Routing routing = new Routing(command.referralId(), from, command.toBorough(), command.participantRef());
        var existing = referrals.find(from, routing.id());
        if (existing.isPresent()) {
            return new Sent(retried(existing.get(), routing), false);
        }
        if (!registry.knows(routing.to())) {
            throw new InvalidValue("toBorough", "is not a borough on the referral exchange");
        }
        boolean inFlight = referrals.ofParticipant(from, routing.participantRef()).stream()
                .anyMatch(r -> r.side() == Side.OUTGOING && r.status().inFlight());
        if (inFlight) {
            throw new AlreadyReferred();
        }
        MoveOnRecords.MoveOnRecord record = moveOn.find(from, routing.participantRef())
                .orElseThrow(() ->
                        new RuleBroken("participantRef", "No participant by this ref holds SHARE_ON_MOVE consent now"));
        String keyId = keyId(routing);
        byte[] json = packageJson(routing, command, record);
        DataKey key = custody.create(from, keyId, routing.participantRef());
        Sealed sealed = PackageCipher.seal(json, key, keyId, routing);
        Referral referral = Referral.send(
                routing, command, sealed, WorkingDays.after(clock.instant(), acceptWithinWorkingDays), clock);
        try {
            return new Sent(new Versioned<>(referral, referrals.save(referral)), true);
        } catch (Referrals.AlreadyThere raced) {
            return new Sent(retried(referrals.find(from, routing.id()).orElseThrow(), routing), false);
        }
    }

    /** The sender's own key id for a referral's package. */
    public static String keyId(Routing routing) {
        return routing.from().code() + "/referrals/" + routing.id();
    }

    public Versioned<Referral> cancel(Borough from, ReferralId id, Long expected) {
        Referral referral = outgoing(from, id);
        referral.expectVersion(expected);
        referral.cancel(clock);
        custody.shred(from, keyId(referral.routing()));
        return new Versioned<>(referral, referrals.save(referral));
    }

    public Referral find(Borough from, ReferralId id) {
        return outgoing(from, id);
    }

    public List<Referral> list(Borough from, int limit) {
        return referrals.list(from, Side.OUTGOING, limit);
    }

    private Referral outgoing(Borough from, ReferralId id) {
        return referrals.find(from, id).filter(r -> r.side() == Side.OUTGOING).orElseThrow(UnknownReferral::new);
    }

    private static Versioned<Referral> retried(Referral existing, Routing asked) {
        if (existing.side() != Side.OUTGOING || !existing.routing().equals(asked)) {
            throw new IdTaken();
        }
        return new Versioned<>(existing, existing.version());
    }

    private byte[] packageJson(Routing routing, SendReferral command, MoveOnRecords.MoveOnRecord record) {
        ReferralPackage referralPackage = new ReferralPackage(
                routing.participantRef(),
                record.profile(),
                record.consents(),
                engagement(routing, record),
                command.support().stream().map(Sending::item).toList(),
                command.reason(),
                command.note());
        String json = ContractJson.write(referralPackage);
        if (!Schemas.validateReferralPackage(json).isEmpty()) {
            // The messages could quote personal values: say only that it failed.
            throw new RuleBroken("participantRef", "The participant's record does not fit the declared package schema");
        }
        return json.getBytes(java.nio.charset.StandardCharsets.UTF_8);
    }

    /**
     * The history this service kept; with LINK_FEEDBACK in force at the consent service now, the answers of the
     * linked responses from the feedback service too (which answers only while its own ledger agrees). A feedback
     * service that cannot answer refuses the send, before any key is made (ADR 14).
     */
    private List<EngagementEntry> engagement(Routing routing, MoveOnRecords.MoveOnRecord record) {
        Borough from = routing.from();
        List<EngagementEntry> kept = history.of(from, routing.participantRef());
        if (!record.inForce(ConsentPurpose.LINK_FEEDBACK)) {
            return kept;
        }
        return linkedAnswers
                .find(from, routing.participantRef())
                .map(answers -> AnsweredForms.withAnswers(
                        kept,
                        answers,
                        session -> history.sessionType(from, session).orElse(null)))
                .orElse(kept);
    }

    private static SupportItem item(SupportNeed need) {
        return new SupportItem(
                need.kind(), need.level(), need.note(), need.urgency().name());
    }

    /**
     * The participant already has a referral in flight from this borough (a second send without the first's
     * referralId, such as a double click): answered 409 naming {@code participantRef}; cancel the first to send
     * another.
     */
    public static class AlreadyReferred extends Conflict {

        public AlreadyReferred() {
            super("This participant already has a referral in flight; cancel it before sending another");
        }
    }

    /** A send's outcome. */
    public record Sent(Versioned<Referral> referral, boolean created) {}
}
