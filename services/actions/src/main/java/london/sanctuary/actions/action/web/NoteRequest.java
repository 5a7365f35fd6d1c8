package london.sanctuary.actions.action.web;

import jakarta.validation.constraints.Size;
import java.time.Instant;
import java.util.List;
import london.sanctuary.actions.action.ProgressNote;

/** The body of a progress note, with optional https evidence links. */
record NoteRequest(String text, @Size(max = 10) List<String> evidence) {

    ProgressNote toNote(String writtenBy, Instant at) {
        return new ProgressNote(text, ProgressNote.links(evidence), writtenBy, at);
    }
}
