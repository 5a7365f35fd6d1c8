package london.sanctuary.referrals.referral.messaging;

import static london.sanctuary.referrals.referral.ReferralFixtures.BARNET;
import static london.sanctuary.referrals.referral.ReferralFixtures.NEWHAM;
import static london.sanctuary.referrals.referral.ReferralFixtures.SENT;
import static london.sanctuary.referrals.referral.ReferralFixtures.clockAt;
import static london.sanctuary.referrals.referral.ReferralFixtures.later;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import london.sanctuary.contracts.ContractJson;
import london.sanctuary.contracts.ErasureGround;
import london.sanctuary.contracts.EventType;
import london.sanctuary.contracts.ReferralEnd;
import london.sanctuary.contracts.Sample;
import london.sanctuary.contracts.Samples;
import london.sanctuary.contracts.Schemas;
import london.sanctuary.contracts.SupportKind;
import london.sanctuary.contracts.Topics;
import london.sanctuary.platform.outbox.OutboxEntry;
import london.sanctuary.referrals.referral.DeclineReason;
import london.sanctuary.referrals.referral.Pickup;
import london.sanctuary.referrals.referral.Referral;
import london.sanctuary.referrals.referral.ReferralFixtures;
import org.junit.jupiter.api.Test;

class ReferralEventContractsTests {

    @Test
    void everyEventOfAReferralsLifeMatchesItsSchemaAndGoesToTheExchangeOrTheFacts() {
        // given a referral's whole life on both sides, and a declined and a withdrawn one
        List<OutboxEntry> entries = new ArrayList<>();
        Referral sent = ReferralFixtures.sent();
        entries.addAll(ReferralEventContracts.toOutbox(NEWHAM, sent.recordedEvents()));
        Referral incoming = ReferralFixtures.accepted();
        incoming.pickUp(
                0,
                Pickup.fromDirectory(
                        SupportKind.ESOL,
                        "barnet-esol",
                        "Barnet College",
                        new Pickup.Contact("Barnet and Southgate College", "https://esol.example", "020 8200 8300")),
                2,
                later(Duration.ofDays(1)));
        incoming.pickUp(1, Pickup.another(SupportKind.MENTAL_HEALTH, "Dr Amini"), 2, later(Duration.ofDays(1)));
        incoming.complete(later(Duration.ofDays(2)));
        Referral overdue = ReferralFixtures.received();
        overdue.flagIfOverdue(later(Duration.ofDays(5)));
        Referral declined = ReferralFixtures.received();
        declined.decline(DeclineReason.WRONG_BOROUGH, clockAt(SENT));
        Referral withdrawn = ReferralFixtures.sent();
        withdrawn.withdraw(ReferralEnd.CONSENT_WITHDRAWN, clockAt(SENT));
        Referral deleted = ReferralFixtures.received();
        deleted.endedBySender(ReferralEnd.CONSENT_WITHDRAWN, clockAt(SENT));
        Referral notified = ReferralFixtures.sent();
        notified.notifyErasure(ErasureGround.PARTICIPANT_ERASED, clockAt(SENT));
        entries.addAll(ReferralEventContracts.toOutbox(NEWHAM, notified.recordedEvents()));
        incoming.flagForErasure(ErasureGround.PARTICIPANT_ERASED, SENT, later(Duration.ofDays(3)));
        for (Referral r : List.of(incoming, overdue, declined, deleted)) {
            entries.addAll(ReferralEventContracts.toOutbox(BARNET, r.recordedEvents()));
        }
        entries.addAll(ReferralEventContracts.toOutbox(NEWHAM, withdrawn.recordedEvents()));

        // then
        assertThat(entries).allSatisfy(entry -> {
            EventType type = EventType.ofType(entry.type()).orElseThrow();
            assertThat(Schemas.validate(type, entry.data())).as(entry.type()).isEmpty();
            if (type == EventType.REFERRAL_ERASURE_NOTIFIED
                    || type == EventType.REFERRAL_ERASURE_ACKNOWLEDGED
                    || type == EventType.REFERRAL_SUPPORT_PICKED_UP) {
                assertThat(entry.data()).doesNotContain("participantRef");
            }
            // the team's free-text name of another service stays in the receiving borough
            assertThat(entry.data()).doesNotContain("Amini");
            if (type == EventType.REFERRAL_SUPPORT_PICKED_UP) {
                // nor does the pickup say what support it was or which service: the topic is retained
                assertThat(entry.data())
                        .doesNotContain("kind", "ESOL", "MENTAL_HEALTH", "service", "barnet-esol", "Barnet College")
                        .containsAnyOf("\"fromDirectory\":true", "\"fromDirectory\":false");
            }
            if (entry.topic().equals(Topics.GLA_FACTS)) {
                assertThat(entry.data()).doesNotContain("participantRef").doesNotContain("referralId");
            } else {
                assertThat(entry.topic()).isEqualTo(Topics.EXCHANGE_REFERRALS);
            }
        });
        assertThat(entries)
                .extracting(OutboxEntry::type)
                .contains(
                        EventType.REFERRAL_SENT.type(),
                        EventType.REFERRAL_RECEIVED.type(),
                        EventType.REFERRAL_ACCEPTED.type(),
                        EventType.REFERRAL_STARTED.type(),
                        EventType.REFERRAL_SUPPORT_PICKED_UP.type(),
                        EventType.REFERRAL_COMPLETED.type(),
                        EventType.REFERRAL_DECLINED.type(),
                        EventType.REFERRAL_WITHDRAWN.type(),
                        EventType.REFERRAL_OVERDUE.type(),
                        EventType.REFERRAL_PACKAGE_DELETED.type(),
                        EventType.REFERRAL_ERASURE_NOTIFIED.type(),
                        EventType.REFERRAL_ERASURE_ACKNOWLEDGED.type(),
                        EventType.REFERRAL_SENT_FACT.type(),
                        EventType.REFERRAL_RESOLVED_FACT.type(),
                        EventType.REFERRAL_OVERDUE_FACT.type());
    }

    @Test
    void theSamplesOfEveryEventThisServiceConsumesStillParse() {
        for (EventType type : List.of(
                EventType.REFERRAL_SENT,
                EventType.REFERRAL_RECEIVED,
                EventType.REFERRAL_ACCEPTED,
                EventType.REFERRAL_DECLINED,
                EventType.REFERRAL_STARTED,
                EventType.REFERRAL_COMPLETED,
                EventType.REFERRAL_WITHDRAWN,
                EventType.REFERRAL_OVERDUE,
                EventType.REFERRAL_SUPPORT_PICKED_UP,
                EventType.REFERRAL_ERASURE_NOTIFIED,
                EventType.REFERRAL_ERASURE_ACKNOWLEDGED)) {
            for (Sample sample : Samples.of(type)) {
                assertThat(ContractJson.read(sample.json(), type.recordType())).isNotNull();
            }
        }
    }
}
