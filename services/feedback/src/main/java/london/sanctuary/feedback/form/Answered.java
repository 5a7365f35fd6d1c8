package london.sanctuary.feedback.form;

import london.sanctuary.contracts.Borough;

/** Whether a form has any answer yet: then its answered questions keep their meaning. */
@FunctionalInterface
public interface Answered {

    boolean any(Borough borough, FormId form);
}
