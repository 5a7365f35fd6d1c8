package london.sanctuary.proof.security;

/** How hard the proof pushes: {@code -Dproof.size=full} from {@code ./proof/run security}, small in the suite. */
final class ProofSize {

    private ProofSize() {}

    static boolean full() {
        return "full".equals(System.getProperty("proof.size"));
    }

    /** {@code small} in the test suite, {@code full} at full size. */
    static int pick(int small, int full) {
        return full() ? full : small;
    }
}
