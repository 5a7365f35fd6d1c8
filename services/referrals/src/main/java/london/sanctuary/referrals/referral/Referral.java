package london.sanctuary.referrals.referral;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import london.sanctuary.contracts.Borough;
import london.sanctuary.contracts.ErasureGround;
import london.sanctuary.contracts.ErasureOutcome;
import london.sanctuary.contracts.ReferralEnd;
import london.sanctuary.contracts.ReferralId;
import london.sanctuary.contracts.ReferralReason;
import london.sanctuary.contracts.SupportKind;
import london.sanctuary.contracts.refusal.InvalidValue;
import london.sanctuary.contracts.refusal.RuleBroken;
import london.sanctuary.contracts.refusal.StaleVersion;

/**
 * One move-on referral as one borough holds it: the sender's outgoing copy or the receiver's incoming copy.
 * REQUESTED → RECEIVED → ACCEPTED or DECLINED → IN_PROGRESS → COMPLETED; CANCELLED by the sender; WITHDRAWN
 * when consent is withdrawn or the person erased. The receiver decides; the sender's copy mirrors what the
 * receiver published. Every change checks its rules here and records what happened.
 */
public final class Referral {

    private Routing routing;
    private final Side side;
    private final Instant sentAt;
    private final LocalDate moveDate;
    private final Instant respondBy;
    private final ReferralReason reason;
    private final List<SupportKind> supportItems;
    private final Long version;
    private final List<ReferralEvents> recorded = new ArrayList<>();
    private final Map<Integer, Pickup> pickups;
    private ReferralStatus status;
    private Sealed sealed;
    private Instant decidedAt;
    private DeclineReason declineReason;
    private Instant endedAt;
    private boolean overdue;
    private ErasureNotice notice;
    private ErasureReceipt receipt;
    private boolean servicesToLearn;

    private Referral(Stored s) {
        this.routing = s.routing();
        this.side = s.side();
        this.sentAt = s.sentAt();
        this.moveDate = s.moveDate();
        this.respondBy = s.respondBy();
        this.reason = s.reason();
        this.supportItems = s.supportKinds() == null ? List.of() : List.copyOf(s.supportKinds());
        this.version = s.version();
        this.pickups = new LinkedHashMap<>(s.pickups() == null ? Map.of() : s.pickups());
        this.status = s.status();
        this.sealed = s.sealed();
        this.decidedAt = s.decidedAt();
        this.declineReason = s.declineReason();
        this.endedAt = s.endedAt();
        this.overdue = s.overdue();
        this.notice = s.notice();
        this.receipt = s.receipt();
        this.servicesToLearn = s.servicesToLearn();
    }

    /** The sending borough's copy of a referral it sends now; the package is already sealed. */
    public static Referral send(Routing routing, SendReferral command, Sealed sealed, Instant respondBy, Clock clock) {
        Instant now = now(clock);
        List<SupportKind> kinds =
                command.support().stream().map(SupportNeed::kind).toList();
        Referral referral = new Referral(new Stored(
                routing,
                Side.OUTGOING,
                now,
                command.moveDate(),
                respondBy,
                command.reason(),
                kinds,
                null,
                Map.of(),
                ReferralStatus.REQUESTED,
                null,
                null,
                null,
                null,
                false,
                null,
                null,
                false));
        referral.recorded.add(new ReferralEvents.Sent(
                routing, now, command.moveDate(), respondBy, sealed, command.reason(), referral.supportKinds()));
        return referral;
    }

    /** The receiving borough's copy, taken into its inbox with the package still sealed. */
    public static Referral receive(
            Routing routing, Instant sentAt, LocalDate moveDate, Instant respondBy, Sealed sealed, Clock clock) {
        Instant now = now(clock);
        Referral referral = new Referral(new Stored(
                routing,
                Side.INCOMING,
                sentAt,
                moveDate,
                respondBy,
                null,
                List.of(),
                null,
                Map.of(),
                ReferralStatus.RECEIVED,
                sealed,
                null,
                null,
                null,
                false,
                null,
                null,
                false));
        if (routing.participantRef() != null) {
            // a copy of someone erased here already names no one, and puts no receipt of them on the exchange
            referral.recorded.add(new ReferralEvents.Received(routing, now));
        }
        return referral;
    }

    public static Referral restore(Stored stored) {
        return new Referral(stored);
    }

    /** The receiver accepts; {@code imported} is the package re-sealed under the receiver's own key. */
    public void accept(Sealed imported, Clock clock) {
        expectIncoming("accept");
        expectStatus("accept", ReferralStatus.RECEIVED);
        Instant now = now(clock);
        status = ReferralStatus.ACCEPTED;
        sealed = imported;
        decidedAt = now;
        recorded.add(new ReferralEvents.Accepted(routing, now, hoursSinceSent(now)));
    }

    /** The receiver declines; its copy of the package goes at once. */
    public void decline(DeclineReason why, Clock clock) {
        expectIncoming("decline");
        expectStatus("decline", ReferralStatus.RECEIVED);
        Instant now = now(clock);
        status = ReferralStatus.DECLINED;
        declineReason = why;
        decidedAt = now;
        endedAt = now;
        sealed = null;
        recorded.add(new ReferralEvents.Declined(routing, why, now, hoursSinceSent(now)));
    }

    /**
     * The receiver hands support item {@code item} over to a local service; the first starts the work. Another
     * handover of the same item replaces the first.
     */
    public void pickUp(int item, Pickup pickup, int items, Clock clock) {
        expectPickUp(item, items);
        pickups.put(item, pickup);
        Instant now = now(clock);
        if (status == ReferralStatus.ACCEPTED) {
            status = ReferralStatus.IN_PROGRESS;
            recorded.add(new ReferralEvents.Started(routing, now));
        }
        recorded.add(new ReferralEvents.PickedUp(routing, item, pickup, now));
    }

    /** Refuses a pickup before acceptance (422) or of an item the package does not have (400 {@code item}). */
    public void expectPickUp(int item, int items) {
        expectIncoming("pickUp");
        if (status != ReferralStatus.ACCEPTED && status != ReferralStatus.IN_PROGRESS) {
            throw new RuleBroken("status", "Support is picked up after acceptance, not when " + status);
        }
        if (item < 0 || item >= items) {
            throw new InvalidValue("item", "must be the index of a support item, from 0 to " + (items - 1));
        }
    }

    /**
     * The sender's copy learns that the receiving borough handed item {@code item} over, and whether to a service of
     * its directory; the kind is the sender's own record of what it sent for that item (null if it has none).
     */
    public boolean mirrorPickup(int item, boolean fromDirectory) {
        SupportKind kind = item >= 0 && item < supportItems.size() ? supportItems.get(item) : null;
        Pickup pickup = Pickup.toldTheSender(kind, fromDirectory);
        if (side != Side.OUTGOING || pickup.equals(pickups.get(item))) {
            return false;
        }
        pickups.put(item, pickup);
        if (pickup.serviceToLearn() && routing.participantRef() != null && notice == null) {
            servicesToLearn = true;
        }
        return true;
    }

    /**
     * On the sender's copy: a directory service took an item on and the receiving borough has not yet said which, so
     * its referrals service is to be asked (decision 0045).
     */
    public boolean servicesToLearn() {
        return servicesToLearn;
    }

    /**
     * The sender's copy learns from the receiving borough's answer which directory service took each item on, the
     * kind staying the sender's own; an item the answer does not name stays "a service of its directory". An empty
     * answer (the receiver no longer holds the referral) ends the asking. Nothing is learnt about someone erased or
     * under an erasure notice. Says whether anything changed.
     */
    public boolean learnServices(Map<Integer, Pickup> told) {
        if (side != Side.OUTGOING || !servicesToLearn) {
            return false;
        }
        servicesToLearn = false;
        if (routing.participantRef() != null && notice == null) {
            pickups.replaceAll((item, mine) -> {
                Pickup theirs = told.get(item);
                return mine.serviceToLearn() && theirs != null && theirs.fromDirectory() && theirs.serviceId() != null
                        ? Pickup.fromDirectory(mine.kind(), theirs.serviceId(), theirs.service(), theirs.contact())
                        : mine;
            });
        }
        return true;
    }

    public void complete(Clock clock) {
        expectIncoming("complete");
        expectStatus("complete", ReferralStatus.IN_PROGRESS);
        Instant now = now(clock);
        status = ReferralStatus.COMPLETED;
        endedAt = now;
        recorded.add(new ReferralEvents.Completed(routing, now));
    }

    /** The sender cancels a referral not yet decided. */
    public void cancel(Clock clock) {
        if (side != Side.OUTGOING) {
            throw new RuleBroken("status", "Only the sending borough cancels a referral");
        }
        if (!status.inFlight()) {
            throw new RuleBroken("status", "A referral that is " + status + " cannot be cancelled");
        }
        end(ReferralEnd.CANCELLED_BY_SENDER, clock);
    }

    /**
     * The sender ends a referral in flight because consent was withdrawn or the person erased; says whether it
     * did (a referral already decided or ended is left as it is).
     */
    public boolean withdraw(ReferralEnd cause, Clock clock) {
        if (side != Side.OUTGOING || !status.inFlight()) {
            return false;
        }
        end(cause, clock);
        return true;
    }

    /**
     * The receiver heard that the sender ended the referral: it deletes its copy of the package, whatever it
     * was, and confirms. Says whether anything changed (a repeat changes nothing).
     */
    public boolean endedBySender(ReferralEnd cause, Clock clock) {
        if (side != Side.INCOMING || status == ReferralStatus.CANCELLED || status == ReferralStatus.WITHDRAWN) {
            return false;
        }
        Instant now = now(clock);
        status = cause == ReferralEnd.CANCELLED_BY_SENDER ? ReferralStatus.CANCELLED : ReferralStatus.WITHDRAWN;
        endedAt = now;
        sealed = null;
        recorded.add(new ReferralEvents.PackageDeleted(routing, now));
        return true;
    }

    /** The receiver flags a referral still undecided past its respond-by time, once. */
    public boolean flagIfOverdue(Clock clock) {
        Instant now = now(clock);
        if (side != Side.INCOMING || overdue || status != ReferralStatus.RECEIVED || now.isBefore(respondBy)) {
            return false;
        }
        overdue = true;
        recorded.add(new ReferralEvents.Overdue(routing, respondBy, now));
        return true;
    }

    /** The sender's copy follows what the receiver published; never backwards, never out of an end. */
    public boolean mirror(ReferralStatus reached, DeclineReason why, Instant at) {
        if (side != Side.OUTGOING || status.ended() || reached.rank() <= status.rank()) {
            return false;
        }
        status = reached;
        if (reached == ReferralStatus.ACCEPTED || reached == ReferralStatus.DECLINED) {
            decidedAt = at;
        }
        if (reached.ended()) {
            endedAt = at;
        }
        declineReason = why;
        return true;
    }

    /** The sender's copy learns the receiver flagged it overdue. */
    public boolean mirrorOverdue() {
        if (side != Side.OUTGOING || overdue) {
            return false;
        }
        overdue = true;
        return true;
    }

    /**
     * The sender tells the receiver that the person was erased or withdrew SHARE_ON_MOVE, whatever the referral's
     * state: the receiver holds at least its routing, and after acceptance the person's record. Once per ground; an
     * erasure notice covers everything after it. Says whether it recorded a notice.
     */
    public boolean notifyErasure(ErasureGround ground, Clock clock) {
        if (side != Side.OUTGOING || (notice != null && notice.covers(ground))) {
            return false;
        }
        notice = new ErasureNotice(ground, now(clock));
        receipt = null;
        servicesToLearn = false;
        recorded.add(new ReferralEvents.ErasureNotified(routing, ground, notice.notifiedAt()));
        return true;
    }

    /** The sender records the receiver's receipt for its latest notice; a receipt for an older one is stale. */
    public boolean acknowledged(ErasureGround ground, ErasureOutcome outcome, Instant at) {
        if (side != Side.OUTGOING
                || notice == null
                || notice.ground() != ground
                || (receipt != null && receipt.isFinal())) {
            return false;
        }
        receipt = new ErasureReceipt(ground, outcome, at);
        return true;
    }

    /**
     * Once the person is erased, the referral keeps no trace of who it was about, and the sender's copy no longer
     * which services took them on (only the kind and whether from the directory, as the exchange told it). Says
     * whether it forgot.
     */
    public boolean forgetParticipant() {
        if (routing.participantRef() == null) {
            return false;
        }
        routing = routing.withoutParticipant();
        if (side == Side.OUTGOING) {
            pickups.replaceAll((item, p) -> Pickup.toldTheSender(p.kind(), p.fromDirectory()));
            servicesToLearn = false;
        }
        return true;
    }

    /** Whether the receiver decided to take the person on: its copy then holds their record. */
    public boolean acceptedHere() {
        return side == Side.INCOMING
                && (status == ReferralStatus.ACCEPTED
                        || status == ReferralStatus.IN_PROGRESS
                        || status == ReferralStatus.COMPLETED);
    }

    /**
     * The receiver, having accepted, flags its copy for review on the sender's notice, and answers FLAGGED. Says
     * whether anything changed (a notice already shown changes nothing).
     */
    public boolean flagForErasure(ErasureGround ground, Instant notifiedAt, Clock clock) {
        if (!acceptedHere() || (notice != null && notice.covers(ground))) {
            return false;
        }
        notice = new ErasureNotice(ground, notifiedAt);
        recorded.add(new ReferralEvents.ErasureAcknowledged(routing, ground, ErasureOutcome.FLAGGED, now(clock)));
        return true;
    }

    /** The receiver's team erases a copy the sender asked it to review; refused for any other referral. */
    public ErasureNotice expectFlaggedForErasure() {
        if (side != Side.INCOMING || notice == null) {
            throw new RuleBroken(
                    "status", "Only a referral the sending borough asked you to review for erasure is erased here");
        }
        return notice;
    }

    public void expectVersion(Long expected) {
        if (expected != null && !expected.equals(version)) {
            throw new StaleVersion("referral");
        }
    }

    private void end(ReferralEnd cause, Clock clock) {
        Instant now = now(clock);
        status = cause == ReferralEnd.CANCELLED_BY_SENDER ? ReferralStatus.CANCELLED : ReferralStatus.WITHDRAWN;
        endedAt = now;
        recorded.add(new ReferralEvents.Withdrawn(routing, cause, now));
    }

    private void expectIncoming(String command) {
        if (side != Side.INCOMING) {
            throw new RuleBroken("status", "Only the receiving borough may " + command + " a referral");
        }
        if (routing.participantRef() == null) {
            // erased here: what is left is the record of a move, and its events would name no one
            throw new RuleBroken(
                    "participantRef", "The person was erased in this borough; this referral can no longer " + command);
        }
    }

    private void expectStatus(String command, ReferralStatus needed) {
        if (status != needed) {
            throw new RuleBroken("status", "A referral that is " + status + " cannot be asked to " + command);
        }
    }

    private int hoursSinceSent(Instant now) {
        return (int) Math.max(0, Duration.between(sentAt, now).toHours());
    }

    private static Instant now(Clock clock) {
        return clock.instant().truncatedTo(ChronoUnit.MILLIS);
    }

    /** The borough whose copy this is. */
    public Borough holder() {
        return side == Side.OUTGOING ? routing.from() : routing.to();
    }

    public ReferralId id() {
        return routing.id();
    }

    public Routing routing() {
        return routing;
    }

    public Side side() {
        return side;
    }

    public ReferralStatus status() {
        return status;
    }

    public Instant sentAt() {
        return sentAt;
    }

    public LocalDate moveDate() {
        return moveDate;
    }

    public Instant respondBy() {
        return respondBy;
    }

    public Optional<ReferralReason> reason() {
        return Optional.ofNullable(reason);
    }

    /** The kinds of support asked for, each once: what the views show and the facts count. */
    public List<SupportKind> supportKinds() {
        return supportItems.stream().distinct().toList();
    }

    /** On the sender's copy, the kind of each support item as sent, by item (a kind may repeat). */
    public List<SupportKind> supportItems() {
        return supportItems;
    }

    public Optional<Sealed> sealed() {
        return Optional.ofNullable(sealed);
    }

    public Optional<Instant> decidedAt() {
        return Optional.ofNullable(decidedAt);
    }

    public Optional<DeclineReason> declineReason() {
        return Optional.ofNullable(declineReason);
    }

    public Optional<Instant> endedAt() {
        return Optional.ofNullable(endedAt);
    }

    public boolean overdue() {
        return overdue;
    }

    public Map<Integer, Pickup> pickups() {
        return Map.copyOf(pickups);
    }

    public Long version() {
        return version;
    }

    public Optional<ErasureNotice> erasureNotice() {
        return Optional.ofNullable(notice);
    }

    public Optional<ErasureReceipt> erasureReceipt() {
        return Optional.ofNullable(receipt);
    }

    public List<ReferralEvents> recordedEvents() {
        return List.copyOf(recorded);
    }

    /**
     * A referral's stored state, for {@link #restore}.
     *
     * @param supportKinds the sender's kinds by item, as sent (stored before by kind, each once)
     * @param servicesToLearn on the sender's copy, whether to ask the receiving borough which services took items on
     */
    public record Stored(
            Routing routing,
            Side side,
            Instant sentAt,
            LocalDate moveDate,
            Instant respondBy,
            ReferralReason reason,
            List<SupportKind> supportKinds,
            Long version,
            Map<Integer, Pickup> pickups,
            ReferralStatus status,
            Sealed sealed,
            Instant decidedAt,
            DeclineReason declineReason,
            Instant endedAt,
            boolean overdue,
            ErasureNotice notice,
            ErasureReceipt receipt,
            boolean servicesToLearn) {}
}
