package london.sanctuary.feedback.form;

import java.util.List;
import java.util.Optional;
import london.sanctuary.contracts.Borough;

/** The forms of each borough. */
public interface Forms {

    Optional<Form> find(Borough borough, FormId id);

    /** The form with this public code, in whichever served borough it is. */
    Optional<Form> findByCode(FormCode code);

    /** The borough's forms, newest first. */
    List<Form> list(Borough borough);

    /** Stores the form with the events it recorded, in one write; answers the version stored. */
    long save(Form form);
}
