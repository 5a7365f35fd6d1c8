package london.sanctuary.platform.disclosure;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;

/**
 * The cell-key method of the ONS (2021 Census) and the ABS TableBuilder: every record gets a key from 0 to 255, a
 * cell's key is the sum of its records' keys modulo 256, and the cell's noise is looked up by (cell key, count) in a
 * perturbation table. The same records give the same cell, so the same cell gets the same noise in every table,
 * filter, period and view it appears in; different cells get noise that no one without the records can predict.
 *
 * <p>A record here is a fact: its key is the first byte of the SHA-256 of its CloudEvent id, which is stable, so a
 * replay of the facts topic gives the same keys. Ids are random and never published.
 */
public final class CellKey {

    /** Cell keys run from 0 to this minus one. */
    public static final int RANGE = 256;

    /** The greatest noise, either way: the perturbation table's width. */
    public static final int MAX_NOISE = 2;

    private CellKey() {}

    /** A record's key, from the id of the fact it came in. */
    public static int ofRecord(String factId) {
        try {
            byte[] hash = MessageDigest.getInstance("SHA-256").digest(factId.getBytes(StandardCharsets.UTF_8));
            return Byte.toUnsignedInt(hash[0]);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java has SHA-256", e);
        }
    }

    /**
     * The perturbation table: the noise for a cell of this key and count, from {@code -MAX_NOISE} to
     * {@code MAX_NOISE}, each about equally likely over the keys; a row per count, so one cell's noise tells
     * nothing of another's. Zero cells get none (a zero is published as it is).
     */
    public static int noise(long cellKey, long count) {
        if (count == 0) {
            return 0;
        }
        long spread = Math.floorMod(cellKey + 97 * count, RANGE);
        return (int) (spread * (2 * MAX_NOISE + 1) / RANGE) - MAX_NOISE;
    }
}
