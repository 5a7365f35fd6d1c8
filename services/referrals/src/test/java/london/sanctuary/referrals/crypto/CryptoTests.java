package london.sanctuary.referrals.crypto;

import static london.sanctuary.referrals.referral.ReferralFixtures.BARNET;
import static london.sanctuary.referrals.referral.ReferralFixtures.NEWHAM;
import static london.sanctuary.referrals.referral.ReferralFixtures.routing;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.security.KeyPair;
import java.util.Base64;
import java.util.Map;
import london.sanctuary.contracts.Borough;
import london.sanctuary.contracts.ParticipantRef;
import london.sanctuary.platform.crypto.DataKey;
import london.sanctuary.platform.crypto.Undecryptable;
import london.sanctuary.referrals.TestKeys;
import london.sanctuary.referrals.referral.Routing;
import london.sanctuary.referrals.referral.Sealed;
import org.junit.jupiter.api.Test;

class CryptoTests {

    static final byte[] PACKAGE = "{\"profile\":{\"name\":\"Amina Testperson\"}}".getBytes(StandardCharsets.UTF_8);

    @Test
    void aSealedPackageOpensWithItsKeyAndRoutingAndShowsNothingInClear() {
        // given
        Routing routing = routing();
        DataKey key = DataKey.generate();

        // when
        Sealed sealed = PackageCipher.seal(PACKAGE, key, "newham/referrals/1", routing);

        // then
        assertThat(sealed.ciphertext()).doesNotContain("Amina");
        assertThat(new String(Base64.getDecoder().decode(sealed.ciphertext()), StandardCharsets.UTF_8))
                .doesNotContain("Amina");
        assertThat(PackageCipher.open(sealed, key, routing)).isEqualTo(PACKAGE);
    }

    @Test
    void aPackageMovedToAnotherReferralOrPersonOrOpenedWithAnotherKeyDoesNotOpen() {
        Routing routing = routing();
        DataKey key = DataKey.generate();
        Sealed sealed = PackageCipher.seal(PACKAGE, key, "newham/referrals/1", routing);
        Routing otherPerson = new Routing(routing.id(), routing.from(), routing.to(), ParticipantRef.random());

        assertThatThrownBy(() -> PackageCipher.open(sealed, key, otherPerson)).isInstanceOf(Undecryptable.class);
        assertThatThrownBy(() -> PackageCipher.open(sealed, DataKey.generate(), routing))
                .isInstanceOf(Undecryptable.class);
        Sealed tampered = new Sealed(
                sealed.keyId(), sealed.iv(), "AAAA" + sealed.ciphertext().substring(4));
        assertThatThrownBy(() -> PackageCipher.open(tampered, key, routing)).isInstanceOf(Undecryptable.class);
    }

    @Test
    void aReleasedKeyOpensOnlyForTheBoroughItWasWrappedFor() throws Exception {
        // given
        KeyPair barnet = TestKeys.newPair();
        KeyPair lambeth = TestKeys.newPair();
        KeyRegistry sender = KeyRegistry.of(
                Map.of(
                        "barnet",
                        encoded(barnet.getPublic().getEncoded()),
                        "lambeth",
                        encoded(lambeth.getPublic().getEncoded())),
                Map.of());
        KeyRegistry atBarnet = KeyRegistry.of(
                Map.of(), Map.of("barnet", encoded(barnet.getPrivate().getEncoded())));
        KeyRegistry atLambeth = KeyRegistry.of(
                Map.of(), Map.of("lambeth", encoded(lambeth.getPrivate().getEncoded())));
        DataKey key = DataKey.generate();

        // when
        String wrapped = sender.wrapFor(BARNET, key).orElseThrow();

        // then
        assertThat(atBarnet.unwrapFor(BARNET, wrapped).raw()).isEqualTo(key.raw());
        assertThatThrownBy(() -> atLambeth.unwrapFor(Borough.of("lambeth"), wrapped))
                .isInstanceOf(Undecryptable.class);
        assertThatThrownBy(() -> atLambeth.unwrapFor(BARNET, wrapped)).isInstanceOf(Undecryptable.class);
        assertThat(sender.wrapFor(Borough.of("enfield"), key)).isEmpty();
    }

    @Test
    void shreddingAParticipantsKeysLeavesTheirPackagesUnreadableAndOthersIntact() {
        // given
        KeyCustody custody = CryptoFixtures.custody();
        ParticipantRef amina = ParticipantRef.random();
        ParticipantRef other = ParticipantRef.random();
        custody.create(NEWHAM, "newham/referrals/a", amina);
        custody.create(BARNET, "barnet/imported/a", amina);
        custody.create(NEWHAM, "newham/referrals/b", other);

        // when
        long shredded = custody.shredAllOf(NEWHAM, amina);

        // then
        assertThat(shredded).isEqualTo(1);
        assertThat(custody.find(NEWHAM, "newham/referrals/a")).isEmpty();
        assertThat(custody.find(NEWHAM, "newham/referrals/b")).isPresent();
        assertThat(custody.find(BARNET, "barnet/imported/a")).isPresent();
    }

    private static String encoded(byte[] der) {
        return Base64.getEncoder().encodeToString(der);
    }
}
