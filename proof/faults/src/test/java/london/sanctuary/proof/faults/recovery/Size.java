package london.sanctuary.proof.faults.recovery;

/**
 * The size a fault-injection test runs at: the full size under {@code -Dproof.size=full}
 * ({@code ./proof/run faults}), a small one in the test suite.
 */
final class Size {

    private Size() {}

    static boolean full() {
        return "full".equals(System.getProperty("proof.size"));
    }

    /** {@code full} at full size, else {@code small}. */
    static int of(int small, int full) {
        return full() ? full : small;
    }
}
