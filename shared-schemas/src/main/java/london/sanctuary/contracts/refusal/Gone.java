package london.sanctuary.contracts.refusal;

/** It existed and was erased: answered as 410. */
public class Gone extends RuntimeException {

    public Gone(String what) {
        super(what + " has been erased");
    }
}
