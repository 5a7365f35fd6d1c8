package london.sanctuary.consent.participant;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import london.sanctuary.contracts.Borough;
import london.sanctuary.contracts.ConsentMethod;
import london.sanctuary.contracts.ConsentPurpose;
import london.sanctuary.contracts.Language;
import london.sanctuary.contracts.LegalBasis;
import london.sanctuary.contracts.ParticipantRef;
import london.sanctuary.platform.crypto.DataKey;

/** Participants, profiles, commands and clocks for the unit tests. */
public final class ParticipantFixtures {

    public static final Instant NOW = Instant.parse("2026-10-01T10:00:00Z");
    public static final Borough NEWHAM = Borough.of("newham");

    private ParticipantFixtures() {}

    public static Clock clockAt(Instant instant) {
        return Clock.fixed(instant, ZoneOffset.UTC);
    }

    public static Clock later(Duration by) {
        return clockAt(NOW.plus(by));
    }

    public static Profile amira() {
        return new Profile(
                "Amira Haddad",
                "07700 900123",
                "amira.haddad@example.org",
                List.of(Language.of("ar"), Language.of("en")),
                "step-free access");
    }

    public static Participant enrolled() {
        ParticipantRef ref = ParticipantRef.random();
        EncryptedProfile sealed = ProfileCipher.seal(amira(), DataKey.generate(), ref);
        return Participant.enrol(ref, NEWHAM, sealed, searchKeys().index(NEWHAM, amira()), clockAt(NOW));
    }

    /** Newham's search key: 32 bytes of sevens. */
    public static SearchKeys searchKeys() {
        byte[] key = new byte[32];
        java.util.Arrays.fill(key, (byte) 7);
        return new SearchKeys(java.util.Map.of(NEWHAM, key));
    }

    /** As stored at version 3 and read back: nothing recorded yet. */
    public static Participant stored() {
        Participant fresh = enrolled();
        return Participant.restore(
                fresh.ref(),
                NEWHAM,
                fresh.enrolledAt(),
                3,
                fresh.profile().orElseThrow(),
                fresh.index().orElseThrow(),
                List.of(),
                null,
                null);
    }

    public static GrantConsent grantOf(ConsentPurpose purpose) {
        return new GrantConsent(
                purpose,
                LegalBasis.CONSENT,
                ConsentMethod.VERBAL_WITH_INTERPRETER,
                Language.of("ar"),
                "2026-10",
                null,
                "newham-officer");
    }

    public static GrantConsent grantUntil(ConsentPurpose purpose, Instant expiresAt) {
        GrantConsent grant = grantOf(purpose);
        return new GrantConsent(
                purpose, grant.legalBasis(), ConsentMethod.WRITTEN, grant.language(), "2026-10", expiresAt, "officer");
    }

    public static WithdrawConsent withdrawalOf(ConsentPurpose purpose) {
        return new WithdrawConsent(purpose, "moving away");
    }
}
