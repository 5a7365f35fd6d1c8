package london.sanctuary.workspace.sessions;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.util.Collection;
import java.util.Optional;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * A participant's card code: a keyed hash (HMAC-SHA-256 under {@code sanctuary.workspace.cards.secret}) of the
 * borough and the participant's reference, so the card carries neither, a finder learns nothing from it, and only
 * the workspace, holding the key, can tell whose it is — and then only among the people registered for the session
 * at the door (decision 0036). The same person in the same borough always has the same card.
 */
@Component
public class CardCodes {

    private final SecretKeySpec key;

    CardCodes(@Value("${sanctuary.workspace.cards.secret:}") String secret) {
        if (secret == null || secret.isBlank()) {
            throw new IllegalStateException("sanctuary.workspace.cards.secret is not set: the workspace needs the key"
                    + " of participants' card codes, at least 32 characters, the same on every instance"
                    + " (env SANCTUARY_WORKSPACE_CARDS_SECRET; decision 0036)");
        }
        if (secret.length() < 32) {
            throw new IllegalStateException("sanctuary.workspace.cards.secret must be at least 32 characters");
        }
        this.key = new SecretKeySpec(secret.getBytes(StandardCharsets.UTF_8), "HmacSHA256");
    }

    /** The person's card code in the borough, printed on their card under the QR code. */
    public CardCode of(String borough, String participantRef) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(key);
            byte[] hash = mac.doFinal((borough + "\n" + participantRef).getBytes(StandardCharsets.UTF_8));
            long bits = ByteBuffer.wrap(hash).getLong() >>> 1; // 63 bits; 25^10 needs 47
            StringBuilder code = new StringBuilder(CardCode.LENGTH);
            for (int i = 0; i < CardCode.LENGTH; i++) {
                code.append(CardCode.ALPHABET.charAt((int) (bits % CardCode.ALPHABET.length())));
                bits /= CardCode.ALPHABET.length();
            }
            return new CardCode(code.toString());
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HmacSHA256 is not available", e);
        }
    }

    /** Whose card this is, among these references (the people registered for a session). */
    Optional<String> holder(String borough, CardCode card, Collection<String> participantRefs) {
        return participantRefs.stream()
                .filter(ref -> of(borough, ref).equals(card))
                .findFirst();
    }
}
