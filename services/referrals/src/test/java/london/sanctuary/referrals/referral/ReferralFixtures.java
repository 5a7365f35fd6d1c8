package london.sanctuary.referrals.referral;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import london.sanctuary.contracts.Borough;
import london.sanctuary.contracts.ParticipantRef;
import london.sanctuary.contracts.ReferralId;
import london.sanctuary.contracts.ReferralReason;
import london.sanctuary.contracts.SupportKind;

/** Referrals as tests need them: sent from Newham to Barnet on a Tuesday morning. */
public final class ReferralFixtures {

    public static final Instant SENT = Instant.parse("2026-12-01T10:00:00Z");
    public static final Borough NEWHAM = Borough.of("newham");
    public static final Borough BARNET = Borough.of("barnet");
    public static final Sealed SEALED = new Sealed("newham/referrals/x", "aXY=", "Y2lwaGVydGV4dA==");

    private ReferralFixtures() {}

    public static Clock clockAt(Instant instant) {
        return Clock.fixed(instant, ZoneOffset.UTC);
    }

    public static Clock later(Duration by) {
        return clockAt(SENT.plus(by));
    }

    public static Routing routing() {
        return new Routing(ReferralId.random(), NEWHAM, BARNET, ParticipantRef.random());
    }

    public static SendReferral esolAndMentalHealth(Routing routing) {
        return new SendReferral(
                routing.id(),
                routing.participantRef(),
                routing.to(),
                ReferralReason.MOVE_ON_AFTER_DECISION,
                LocalDate.parse("2026-12-10"),
                List.of(
                        new SupportNeed(SupportKind.ESOL, "ESOL Entry 2", "Tuesday class", Urgency.SOON),
                        new SupportNeed(SupportKind.MENTAL_HEALTH, null, null, Urgency.URGENT)),
                null);
    }

    public static Referral sent() {
        Routing routing = routing();
        return Referral.send(routing, esolAndMentalHealth(routing), SEALED, WorkingDays.after(SENT, 3), clockAt(SENT));
    }

    public static Referral received() {
        return Referral.receive(
                routing(), SENT, LocalDate.parse("2026-12-10"), WorkingDays.after(SENT, 3), SEALED, clockAt(SENT));
    }

    public static Referral accepted() {
        Referral referral = received();
        referral.accept(SEALED, later(Duration.ofHours(5)));
        return referral;
    }
}
