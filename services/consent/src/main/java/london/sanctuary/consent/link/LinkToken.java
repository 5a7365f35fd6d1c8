package london.sanctuary.consent.link;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.HexFormat;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * The secret of a personal link: 256 random bits, URL-safe Base64 without padding (43 characters). It is shown once,
 * when issued, and never stored or logged: {@link #hash()} is what the store keeps, and {@link #toString()} hides it.
 */
public record LinkToken(String value) {

    static final int LENGTH = 43;
    private static final Pattern SHAPE = Pattern.compile("[A-Za-z0-9_-]{" + LENGTH + "}");
    private static final SecureRandom RANDOM = new SecureRandom();

    public LinkToken {
        if (value == null || !SHAPE.matcher(value).matches()) {
            throw new IllegalArgumentException("a link token is 43 URL-safe Base64 characters");
        }
    }

    /** A new token from the platform's strong random source. */
    public static LinkToken random() {
        byte[] bytes = new byte[32];
        RANDOM.nextBytes(bytes);
        return new LinkToken(Base64.getUrlEncoder().withoutPadding().encodeToString(bytes));
    }

    /** What someone typed or followed, if it has the shape of a token; never an exception that could echo it. */
    public static Optional<LinkToken> parse(String typed) {
        return typed != null && SHAPE.matcher(typed).matches() ? Optional.of(new LinkToken(typed)) : Optional.empty();
    }

    /** The SHA-256 of the token, hex: enough for 256 random bits, which no dictionary can guess. */
    public String hash() {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(value.getBytes(StandardCharsets.US_ASCII));
            return HexFormat.of().formatHex(digest);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every Java runtime", e);
        }
    }

    @Override
    public String toString() {
        return "LinkToken[hidden]";
    }
}
