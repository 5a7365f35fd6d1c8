package london.sanctuary.consent.participant;

import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import london.sanctuary.contracts.Borough;
import london.sanctuary.contracts.ConsentPurpose;
import london.sanctuary.contracts.ParticipantRef;
import london.sanctuary.contracts.refusal.InvalidValue;
import london.sanctuary.contracts.refusal.RuleBroken;
import london.sanctuary.contracts.refusal.StaleVersion;

/**
 * A person enrolled in one borough: their encrypted profile and their consent history. Every change is made
 * here, checks its rules and records what happened, for the repository to store together with the state.
 */
public final class Participant {

    private final ParticipantRef ref;
    private final Borough borough;
    private final Instant enrolledAt;
    private final Long version;
    private final List<ConsentRecord> consents;
    private final List<ParticipantEvents> recorded = new ArrayList<>();
    private EncryptedProfile profile;
    private BlindIndex index;
    private Instant erasedAt;
    private Borough transferredFrom;
    private Instant erasureAskedAt;

    private Participant(
            ParticipantRef ref,
            Borough borough,
            Instant enrolledAt,
            Long version,
            EncryptedProfile profile,
            List<ConsentRecord> consents,
            Instant erasedAt) {
        this.ref = ref;
        this.borough = borough;
        this.enrolledAt = enrolledAt;
        this.version = version;
        this.profile = profile;
        this.consents = new ArrayList<>(consents);
        this.erasedAt = erasedAt;
    }

    public static Participant enrol(
            ParticipantRef ref, Borough borough, EncryptedProfile profile, BlindIndex index, Clock clock) {
        Instant now = now(clock);
        Participant participant = new Participant(ref, borough, now, null, profile, List.of(), null);
        participant.index = index;
        participant.recorded.add(new ParticipantEvents.Enrolled(ref, borough, now, null));
        return participant;
    }

    /**
     * Enrols a person who moved here on a referral, with the participantRef they already have and the consents
     * they gave the sending borough, each recorded again here marked to be re-confirmed at first contact.
     */
    public static Participant transferIn(
            ParticipantRef ref,
            Borough borough,
            EncryptedProfile profile,
            BlindIndex index,
            Borough transferredFrom,
            List<GrantConsent> consents,
            Clock clock) {
        if (transferredFrom == null || transferredFrom.equals(borough)) {
            throw new InvalidValue("transferredFrom", "must name the sending borough, another than this one");
        }
        Instant now = now(clock);
        Participant participant = new Participant(ref, borough, now, null, profile, List.of(), null);
        participant.transferredFrom = transferredFrom;
        participant.index = index;
        participant.recorded.add(new ParticipantEvents.Enrolled(ref, borough, now, transferredFrom));
        for (GrantConsent consent : consents) {
            if (consent.expiresAt() != null && !consent.expiresAt().isAfter(now)) {
                continue; // lapsed on the way: nothing to carry over
            }
            if (participant.held(consent.purpose(), now).isEmpty()) {
                ConsentRecord carried = ConsentRecord.transferred(borough, consent, now);
                participant.consents.add(carried);
                participant.recorded.add(new ParticipantEvents.ConsentGiven(ref, carried));
            }
        }
        return participant;
    }

    /** A participant as stored; records nothing. */
    public static Participant restore(
            ParticipantRef ref,
            Borough borough,
            Instant enrolledAt,
            long version,
            EncryptedProfile profile,
            List<ConsentRecord> consents,
            Instant erasedAt) {
        return new Participant(ref, borough, enrolledAt, version, profile, consents, erasedAt);
    }

    /** A participant as stored, with the borough they moved here from (nullable); records nothing. */
    public static Participant restore(
            ParticipantRef ref,
            Borough borough,
            Instant enrolledAt,
            long version,
            EncryptedProfile profile,
            List<ConsentRecord> consents,
            Instant erasedAt,
            Borough transferredFrom) {
        Participant participant = restore(ref, borough, enrolledAt, version, profile, consents, erasedAt);
        participant.transferredFrom = transferredFrom;
        return participant;
    }

    /** A participant as stored, with the blind index beside their profile (null once erased); records nothing. */
    public static Participant restore(
            ParticipantRef ref,
            Borough borough,
            Instant enrolledAt,
            long version,
            EncryptedProfile profile,
            BlindIndex index,
            List<ConsentRecord> consents,
            Instant erasedAt,
            Borough transferredFrom) {
        Participant participant =
                restore(ref, borough, enrolledAt, version, profile, consents, erasedAt, transferredFrom);
        participant.index = index;
        return participant;
    }

    /** A participant as stored, with when they asked to be erased (nullable); records nothing. */
    public static Participant restore(
            ParticipantRef ref,
            Borough borough,
            Instant enrolledAt,
            long version,
            EncryptedProfile profile,
            BlindIndex index,
            List<ConsentRecord> consents,
            Instant erasedAt,
            Borough transferredFrom,
            Instant erasureAskedAt) {
        Participant participant =
                restore(ref, borough, enrolledAt, version, profile, index, consents, erasedAt, transferredFrom);
        participant.erasureAskedAt = erasureAskedAt;
        return participant;
    }

    /**
     * Records that the person asked, on their own page, to be erased: a task for staff, who decide and erase. Asking
     * again changes nothing; says whether this call asked. No event: nothing outside this service acts on the asking,
     * and the workspace reads the open requests from this service (decision 0066).
     */
    public boolean askErasure(Clock clock) {
        ensureNotErased();
        if (erasureAskedAt != null) {
            return false;
        }
        erasureAskedAt = now(clock);
        return true;
    }

    /** When the person asked to be erased, while the request is open (none once erased). */
    public Optional<Instant> erasureAskedAt() {
        return Optional.ofNullable(erasureAskedAt);
    }

    /**
     * Replaces the person's details — sealed again under their key — and the index that finds them. No event:
     * the details never leave this service, and no other service keeps a copy to update.
     */
    public void changeDetails(EncryptedProfile changed, BlindIndex changedIndex) {
        ensureNotErased();
        if (changed == null || changedIndex == null) {
            throw new IllegalArgumentException("changed details come with their index");
        }
        profile = changed;
        index = changedIndex;
    }

    /**
     * Records that the person confirmed again the consent they hold for a purpose (a verbal consent confirmed,
     * or one carried over from another borough), without withdrawing and granting it again: the grant keeps its
     * time and gains the confirmation, and is no longer waiting to be re-confirmed.
     */
    public ConsentRecord reconfirm(ReconfirmConsent command, Clock clock) {
        ensureNotErased();
        Instant now = now(clock);
        ConsentRecord held = held(command.purpose(), now)
                .orElseThrow(() -> new RuleBroken("purpose", "Consent for this purpose is not held"));
        ConsentRecord confirmed = held.confirmed(Confirmation.of(command, now));
        consents.set(consents.indexOf(held), confirmed);
        return confirmed;
    }

    /** The consents in force now, one per purpose. */
    public List<ConsentRecord> consentsInForce(Clock clock) {
        Instant now = clock.instant();
        return java.util.Arrays.stream(ConsentPurpose.values())
                .map(purpose -> held(purpose, now))
                .flatMap(Optional::stream)
                .toList();
    }

    /** The borough this person moved here from on a referral, if they did. */
    public Optional<Borough> transferredFrom() {
        return Optional.ofNullable(transferredFrom);
    }

    public ConsentRecord grant(GrantConsent command, Clock clock) {
        ensureNotErased();
        Instant now = now(clock);
        if (command.expiresAt() != null && !command.expiresAt().isAfter(now)) {
            throw new InvalidValue("expiresAt", "must be in the future");
        }
        if (held(command.purpose(), now).isPresent()) {
            throw new RuleBroken(
                    "purpose", "Consent for this purpose is already held; withdraw it before recording it again");
        }
        ConsentRecord granted = ConsentRecord.granted(borough, command, now);
        consents.add(granted);
        recorded.add(new ParticipantEvents.ConsentGiven(ref, granted));
        return granted;
    }

    public ConsentRecord withdraw(WithdrawConsent command, Clock clock) {
        ensureNotErased();
        Instant now = now(clock);
        ConsentRecord held = held(command.purpose(), now)
                .orElseThrow(() -> new RuleBroken("purpose", "Consent for this purpose is not held"));
        ConsentRecord withdrawn = held.withdrawn(now, command.reason(), command.method());
        consents.set(consents.indexOf(held), withdrawn);
        recorded.add(new ParticipantEvents.ConsentWithdrawn(ref, withdrawn));
        return withdrawn;
    }

    public ConsentCheck check(ConsentPurpose purpose, Clock clock) {
        ensureNotErased();
        return ConsentCheck.of(ref, purpose, held(purpose, clock.instant()).orElse(null));
    }

    /**
     * Drops the personal data and the free text of withdrawal reasons, and records the erasure. Erasing again
     * changes nothing and records nothing; says whether this call erased.
     */
    public boolean erase(Clock clock) {
        if (isErased()) {
            return false;
        }
        erasedAt = now(clock);
        erasureAskedAt = null; // the request is answered
        profile = null;
        index = null;
        consents.replaceAll(ConsentRecord::withoutReason);
        recorded.add(new ParticipantEvents.Erased(ref, borough, erasedAt));
        return true;
    }

    /** Refuses a change made against a version other than the current one; null means "any version". */
    public void expectVersion(Long expected) {
        if (expected != null && !expected.equals(version)) {
            throw new StaleVersion("participant");
        }
    }

    public void ensureNotErased() {
        if (isErased()) {
            throw new ParticipantGone();
        }
    }

    private Optional<ConsentRecord> held(ConsentPurpose purpose, Instant now) {
        return consents.stream()
                .filter(c -> c.purpose() == purpose && c.holdsAt(now))
                .max(Comparator.comparing(ConsentRecord::grantedAt));
    }

    private static Instant now(Clock clock) {
        // The store keeps milliseconds; truncating here keeps what we answer equal to what we read back.
        return clock.instant().truncatedTo(ChronoUnit.MILLIS);
    }

    public ParticipantRef ref() {
        return ref;
    }

    public Borough borough() {
        return borough;
    }

    public Instant enrolledAt() {
        return enrolledAt;
    }

    /** The stored version, null before the first save. */
    public Long version() {
        return version;
    }

    public Optional<EncryptedProfile> profile() {
        return Optional.ofNullable(profile);
    }

    /** The blind index that finds this person; none once erased, nor for a person enrolled before there was one. */
    public Optional<BlindIndex> index() {
        return Optional.ofNullable(index);
    }

    public List<ConsentRecord> consents() {
        return List.copyOf(consents);
    }

    public boolean isErased() {
        return erasedAt != null;
    }

    public Optional<Instant> erasedAt() {
        return Optional.ofNullable(erasedAt);
    }

    /** The events recorded since this participant was enrolled or restored, oldest first. */
    public List<ParticipantEvents> recordedEvents() {
        return List.copyOf(recorded);
    }
}
