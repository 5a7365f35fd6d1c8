package london.sanctuary.consent.participant;

import static london.sanctuary.consent.participant.ParticipantFixtures.amira;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import london.sanctuary.contracts.ParticipantRef;
import london.sanctuary.platform.crypto.DataKey;
import london.sanctuary.platform.crypto.Undecryptable;
import org.junit.jupiter.api.Test;

class ProfileCipherTests {

    @Test
    void aSealedProfileOpensWithItsKeyAndRef() {
        // given
        DataKey key = DataKey.generate();
        ParticipantRef ref = ParticipantRef.random();

        // when
        EncryptedProfile sealed = ProfileCipher.seal(amira(), key, ref);

        // then
        assertThat(sealed.toString()).doesNotContain("Amira", "07700", "example.org", "step-free");
        assertThat(ProfileCipher.open(sealed, key, ref)).isEqualTo(amira());
    }

    @Test
    void aSealedProfileDoesNotOpenForAnotherParticipantOrKey() {
        // given
        DataKey key = DataKey.generate();
        EncryptedProfile sealed = ProfileCipher.seal(amira(), key, ParticipantRef.random());

        // when / then
        assertThatThrownBy(() -> ProfileCipher.open(sealed, key, ParticipantRef.random()))
                .isInstanceOf(Undecryptable.class);
        assertThatThrownBy(() -> ProfileCipher.open(sealed, DataKey.generate(), ParticipantRef.random()))
                .isInstanceOf(Undecryptable.class);
    }

    @Test
    void absentOptionalFieldsStayAbsent() {
        // given
        Profile plain = Profile.of("Omar", null, null, java.util.List.of("ar"), null);
        DataKey key = DataKey.generate();
        ParticipantRef ref = ParticipantRef.random();

        // when
        EncryptedProfile sealed = ProfileCipher.seal(plain, key, ref);

        // then
        assertThat(sealed.phone()).isNull();
        assertThat(ProfileCipher.open(sealed, key, ref)).isEqualTo(plain);
    }
}
