package london.sanctuary.platform.test;

/**
 * The size the proof runs at (decision 0018): the full size under {@code -Dproof.size=full}, which
 * {@code ./proof/run} passes; a small one in the test suite.
 */
public final class ProofSize {

    private ProofSize() {}

    public static boolean full() {
        return "full".equals(System.getProperty("proof.size"));
    }

    /** {@code full} at full size, else {@code small}. */
    public static int of(int small, int full) {
        return full() ? full : small;
    }
}
