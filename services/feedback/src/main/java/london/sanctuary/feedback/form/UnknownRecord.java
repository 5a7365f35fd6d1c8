package london.sanctuary.feedback.form;

/** Nothing of that id (or code) in this borough: answered like every other "not found". */
public class UnknownRecord extends RuntimeException {

    public UnknownRecord(String what) {
        super(what + " not found");
    }
}
