package london.sanctuary.referrals.incoming;

import static london.sanctuary.referrals.referral.ReferralFixtures.BARNET;
import static london.sanctuary.referrals.referral.ReferralFixtures.SENT;
import static london.sanctuary.referrals.referral.ReferralFixtures.clockAt;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.security.KeyPair;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import london.sanctuary.contracts.ContractJson;
import london.sanctuary.contracts.ParticipantRef;
import london.sanctuary.contracts.ReferralReason;
import london.sanctuary.contracts.referrals.Profile;
import london.sanctuary.contracts.referrals.ReferralPackage;
import london.sanctuary.platform.crypto.DataKey;
import london.sanctuary.referrals.TestKeys;
import london.sanctuary.referrals.crypto.CryptoFixtures;
import london.sanctuary.referrals.crypto.KeyCustody;
import london.sanctuary.referrals.crypto.KeyRegistry;
import london.sanctuary.referrals.crypto.PackageCipher;
import london.sanctuary.referrals.directory.InMemoryDirectory;
import london.sanctuary.referrals.directory.Matching;
import london.sanctuary.referrals.referral.DeclineReason;
import london.sanctuary.referrals.referral.InMemoryReferrals;
import london.sanctuary.referrals.referral.Referral;
import london.sanctuary.referrals.referral.ReferralFixtures;
import london.sanctuary.referrals.referral.ReferralStatus;
import london.sanctuary.referrals.referral.Routing;
import london.sanctuary.referrals.referral.Sealed;
import london.sanctuary.referrals.referral.WorkingDays;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Acceptance is all or nothing: the package opens and validates and the person is enrolled, or nothing is kept. */
class DecisionsTests {

    static final KeyPair BARNET_KEYS = TestKeys.newPair();

    final InMemoryReferrals referrals = new InMemoryReferrals();
    final KeyCustody custody = CryptoFixtures.custody();
    final KeyRegistry registry = KeyRegistry.of(
            Map.of("barnet", base64(BARNET_KEYS.getPublic().getEncoded())),
            Map.of("barnet", base64(BARNET_KEYS.getPrivate().getEncoded())));
    final List<ParticipantRef> enrolled = new ArrayList<>();
    Routing routing;
    DataKey senderKey;
    KeyFetcher fetcher;
    Transfers transfers;

    @BeforeEach
    void aReferralInBarnetsInbox() {
        routing = ReferralFixtures.routing();
        senderKey = DataKey.generate();
        fetcher = r -> registry.wrapFor(BARNET, senderKey).orElseThrow();
        transfers = (borough, ref, from, profile, consents) -> enrolled.add(ref);
    }

    @Test
    void acceptingOpensThePackageEnrolsThePersonAndKeepsItUnderBarnetsOwnKey() {
        // given
        receive(packageFor(routing.participantRef()));

        // when
        Referral accepted = decisions().accept(BARNET, routing.id(), null).value();

        // then
        assertThat(accepted.status()).isEqualTo(ReferralStatus.ACCEPTED);
        assertThat(enrolled).containsExactly(routing.participantRef());
        assertThat(decisions().imported(accepted)).map(p -> p.profile().name()).contains("Amina Testperson");
        assertThat(accepted.sealed().orElseThrow().keyId()).isEqualTo(Decisions.importKeyId(routing));
    }

    @Test
    void aPackageForAnotherPersonIsDeclinedAsInvalidAndNobodyIsEnrolled() {
        // given a package that opens but names someone else
        receive(packageFor(ParticipantRef.random()));

        // when
        Referral declined = decisions().accept(BARNET, routing.id(), null).value();

        // then
        assertThat(declined.status()).isEqualTo(ReferralStatus.DECLINED);
        assertThat(declined.declineReason()).contains(DeclineReason.PACKAGE_INVALID);
        assertThat(enrolled).isEmpty();
        assertThat(custody.find(BARNET, Decisions.importKeyId(routing))).isEmpty();
    }

    @Test
    void aPackageThatBreaksTheSchemaIsDeclinedAsInvalid() {
        // given a package whose JSON the declared schema refuses
        receive("{\"participantRef\": \"" + routing.participantRef() + "\", \"profile\": {}}");

        // when / then
        assertThat(decisions().accept(BARNET, routing.id(), null).value().declineReason())
                .contains(DeclineReason.PACKAGE_INVALID);
        assertThat(enrolled).isEmpty();
    }

    @Test
    void whenTheSenderIsDownTheReferralWaitsAndNothingIsKept() {
        // given
        receive(packageFor(routing.participantRef()));
        fetcher = r -> {
            throw new KeyFetcher.SenderUnavailable("down");
        };

        // when / then
        assertThatThrownBy(() -> decisions().accept(BARNET, routing.id(), null))
                .isInstanceOf(KeyFetcher.SenderUnavailable.class);
        assertThat(referrals.find(BARNET, routing.id()).orElseThrow().status()).isEqualTo(ReferralStatus.RECEIVED);
        assertThat(enrolled).isEmpty();
    }

    @Test
    void whenBarnetsConsentServiceIsDownTheReferralWaitsAndNoKeyIsMade() {
        // given
        receive(packageFor(routing.participantRef()));
        transfers = (borough, ref, from, profile, consents) -> {
            throw new Transfers.ConsentUnavailable("down");
        };

        // when / then
        assertThatThrownBy(() -> decisions().accept(BARNET, routing.id(), null))
                .isInstanceOf(Transfers.ConsentUnavailable.class);
        assertThat(referrals.find(BARNET, routing.id()).orElseThrow().status()).isEqualTo(ReferralStatus.RECEIVED);
        assertThat(custody.find(BARNET, Decisions.importKeyId(routing))).isEmpty();
    }

    private Decisions decisions() {
        return new Decisions(
                referrals,
                fetcher,
                registry,
                custody,
                transfers,
                new Handover(new Matching(new InMemoryDirectory())),
                clockAt(SENT));
    }

    private void receive(String packageJson) {
        Sealed sealed = PackageCipher.seal(
                packageJson.getBytes(StandardCharsets.UTF_8), senderKey, "newham/referrals/" + routing.id(), routing);
        referrals.save(Referral.receive(
                routing, SENT, LocalDate.parse("2026-12-10"), WorkingDays.after(SENT, 3), sealed, clockAt(SENT)));
    }

    private static String packageFor(ParticipantRef participantRef) {
        return ContractJson.write(new ReferralPackage(
                participantRef,
                new Profile("Amina Testperson", null, null, List.of("ar"), null),
                List.of(),
                List.of(),
                List.of(),
                ReferralReason.DISPERSAL,
                null));
    }

    private static String base64(byte[] der) {
        return Base64.getEncoder().encodeToString(der);
    }
}
