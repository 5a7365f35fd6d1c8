package london.sanctuary.proof.faults.kill;

/**
 * How big a kill test runs: small in the test suite, the size with {@code -Dproof.size=full}
 * (what {@code ./proof/run faults} passes).
 */
record ProofSize(int events, int kills) {

    static ProofSize of(ProofSize small, ProofSize full) {
        return london.sanctuary.platform.test.ProofSize.full() ? full : small;
    }
}
