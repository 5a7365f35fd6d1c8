package london.sanctuary.platform.problem;

/** It existed and was erased: answered as 410. */
public class Gone extends RuntimeException {

    public Gone(String what) {
        super(what + " has been erased");
    }
}
