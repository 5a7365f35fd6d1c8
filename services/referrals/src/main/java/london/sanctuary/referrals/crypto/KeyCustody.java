package london.sanctuary.referrals.crypto;

import java.util.List;
import java.util.Optional;
import london.sanctuary.contracts.Borough;
import london.sanctuary.contracts.ParticipantRef;
import london.sanctuary.platform.crypto.DataKey;
import london.sanctuary.platform.crypto.EnvelopeKeys;

/**
 * Keeps the data keys of a borough's referral packages, wrapped under the keyring's epoch and filed under the
 * participant: shredding them (on withdrawal of SHARE_ON_MOVE, or erasure) makes every copy of the package
 * unreadable, wherever it lies, and the next key rotation makes it so for copies of the store too.
 */
public final class KeyCustody {

    private final EnvelopeKeys keys;

    public KeyCustody(EnvelopeKeys keys) {
        this.keys = keys;
    }

    /** A new data key, stored wrapped before it is used: data never exists without its key. */
    public DataKey create(Borough borough, String keyId, ParticipantRef participantRef) {
        return keys.create(borough.code(), keyId, participantRef.toString());
    }

    /** The key, or empty once shredded. */
    public Optional<DataKey> find(Borough borough, String keyId) {
        return keys.find(borough.code(), keyId);
    }

    public void shred(Borough borough, String keyId) {
        keys.shred(borough.code(), List.of(keyId));
    }

    public long shredAllOf(Borough borough, ParticipantRef participantRef) {
        return keys.shredOwnedBy(borough.code(), participantRef.toString());
    }
}
