package london.sanctuary.feedback.form;

import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import london.sanctuary.contracts.Borough;
import london.sanctuary.contracts.Language;

/**
 * A published feedback form of one borough: its questions with text per language, for one session or standing,
 * reached by its public code. It checks the answers a response brings against its questions.
 */
public final class Form {

    private final FormId id;
    private final Borough borough;
    private final FormCode code;
    private final UUID sessionId;
    private final LocalisedText title;
    private final List<Question> questions;
    private final Instant publishedAt;
    private final Long version;
    private final List<FormEvents> recorded = new ArrayList<>();

    private Form(
            FormId id,
            Borough borough,
            FormCode code,
            UUID sessionId,
            LocalisedText title,
            List<Question> questions,
            Instant publishedAt,
            Long version) {
        this.id = id;
        this.borough = borough;
        this.code = code;
        this.sessionId = sessionId;
        this.title = title;
        this.questions = List.copyOf(questions);
        this.publishedAt = publishedAt;
        this.version = version;
    }

    public static Form publish(PublishForm command, FormCode code, Clock clock) {
        Instant now = clock.instant().truncatedTo(ChronoUnit.MILLIS);
        Form form = new Form(
                FormId.random(),
                command.borough(),
                code,
                command.sessionId(),
                command.title(),
                command.questions(),
                now,
                null);
        form.recorded.add(new FormEvents.Published(
                form.id, form.borough, form.sessionId, form.languages(), form.questions.size(), now));
        return form;
    }

    /** A form as stored; records nothing. */
    public static Form restore(
            FormId id,
            Borough borough,
            FormCode code,
            UUID sessionId,
            LocalisedText title,
            List<Question> questions,
            Instant publishedAt,
            long version) {
        return new Form(id, borough, code, sessionId, title, questions, publishedAt, version);
    }

    /**
     * Checks what a response sent, question by question, and answers it as stored. Every problem is reported,
     * not only the first; a value for a question the form does not have is a problem too.
     */
    public Answers read(Map<String, List<String>> sent) {
        List<InvalidAnswers.Problem> problems = new ArrayList<>();
        Map<String, List<String>> answers = new LinkedHashMap<>();
        for (Question question : questions) {
            try {
                List<String> values = question.read(sent.get(question.id()));
                if (!values.isEmpty()) {
                    answers.put(question.id(), values);
                }
            } catch (InvalidAnswers.Problem problem) {
                problems.add(problem);
            }
        }
        sent.keySet().stream()
                .filter(id -> question(id).isEmpty())
                .forEach(id -> problems.add(new InvalidAnswers.Problem(
                        id, InvalidAnswers.Kind.UNKNOWN_QUESTION, "is not a question of this form")));
        if (!problems.isEmpty()) {
            throw new InvalidAnswers(problems);
        }
        return new Answers(answers);
    }

    /** The languages the form is offered in: those its title has, English first. */
    public List<Language> languages() {
        return title.languages();
    }

    public Optional<Question> question(String questionId) {
        return questions.stream().filter(q -> q.id().equals(questionId)).findFirst();
    }

    public FormId id() {
        return id;
    }

    public Borough borough() {
        return borough;
    }

    public FormCode code() {
        return code;
    }

    /** The session it is for; empty for a standing form. */
    public Optional<UUID> sessionId() {
        return Optional.ofNullable(sessionId);
    }

    public LocalisedText title() {
        return title;
    }

    public List<Question> questions() {
        return questions;
    }

    public Instant publishedAt() {
        return publishedAt;
    }

    public Long version() {
        return version;
    }

    public List<FormEvents> recordedEvents() {
        return List.copyOf(recorded);
    }
}
