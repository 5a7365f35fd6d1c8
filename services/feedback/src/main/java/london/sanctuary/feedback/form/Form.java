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
import london.sanctuary.contracts.refusal.RuleBroken;
import london.sanctuary.contracts.refusal.StaleVersion;

/**
 * A feedback form of one borough: its questions with text per language, for one session, one series or standing,
 * reached by its public code. A draft is seen by staff only; an open form takes answers; a closed one says so.
 * It checks the answers a response brings against its questions, and keeps answered questions meaning the same.
 */
public final class Form {

    private final FormId id;
    private final Borough borough;
    private final FormCode code;
    private UUID sessionId;
    private UUID seriesId;
    private LocalisedText title;
    private List<Question> questions;
    private FormStatus status;
    private final Instant createdAt;
    private Instant publishedAt;
    private Instant closedAt;
    private final Long version;
    private final List<FormEvents> recorded = new ArrayList<>();

    private Form(FormId id, Borough borough, FormCode code, PublishForm content, Life life, Long version) {
        this.id = id;
        this.borough = borough;
        this.code = code;
        this.sessionId = content.sessionId();
        this.seriesId = content.seriesId();
        this.title = content.title();
        this.questions = content.questions();
        this.status = life.status();
        this.createdAt = life.createdAt();
        this.publishedAt = life.publishedAt();
        this.closedAt = life.closedAt();
        this.version = version;
    }

    /** Where a stored form is in its life, and when it got there. */
    public record Life(FormStatus status, Instant createdAt, Instant publishedAt, Instant closedAt) {}

    /** A form open to answers at once. */
    public static Form publish(PublishForm command, FormCode code, Clock clock) {
        Form form = draft(command, code, clock);
        form.publish(clock);
        return form;
    }

    /** A form only staff see until it is published. */
    public static Form draft(PublishForm command, FormCode code, Clock clock) {
        Instant now = now(clock);
        return new Form(
                FormId.random(), command.borough(), code, command, new Life(FormStatus.DRAFT, now, null, null), null);
    }

    /** A form as stored; records nothing. */
    public static Form restore(FormId id, FormCode code, PublishForm content, Life life, long version) {
        return new Form(id, content.borough(), code, content, life, version);
    }

    /** Opens a draft to answers. Publishing an open form again changes nothing; a closed one is reopened instead. */
    public void publish(Clock clock) {
        if (status == FormStatus.CLOSED) {
            throw new RuleBroken("status", "is closed: reopen it to take answers again");
        }
        if (status == FormStatus.OPEN) {
            return;
        }
        status = FormStatus.OPEN;
        publishedAt = now(clock);
        recorded.add(
                new FormEvents.Published(id, borough, sessionId, seriesId, languages(), questions.size(), publishedAt));
    }

    /** Stops taking answers; the public page says the form is closed. Closing a closed form changes nothing. */
    public void close(Clock clock) {
        if (status == FormStatus.DRAFT) {
            throw new RuleBroken("status", "is a draft, never published: there is nothing to close");
        }
        if (status == FormStatus.CLOSED) {
            return;
        }
        status = FormStatus.CLOSED;
        closedAt = now(clock);
        recorded.add(new FormEvents.Closed(id, borough, closedAt));
    }

    /** Takes answers again. Reopening an open form changes nothing. */
    public void reopen(Clock clock) {
        if (status == FormStatus.DRAFT) {
            throw new RuleBroken("status", "is a draft, never published: publish it instead");
        }
        if (status == FormStatus.OPEN) {
            return;
        }
        status = FormStatus.OPEN;
        closedAt = null;
        recorded.add(new FormEvents.Reopened(id, borough, now(clock)));
    }

    /**
     * New wording, questions or link. Once the form has answers, each answered question keeps its place, its type
     * and its choices (they may be reworded and added to), so every answer keeps its meaning; new questions may
     * follow. A published form records the revision; a draft does not.
     */
    public void revise(PublishForm content, boolean answered, Clock clock) {
        if (answered) {
            keepsAnsweredQuestions(content.questions());
        }
        sessionId = content.sessionId();
        seriesId = content.seriesId();
        title = content.title();
        questions = content.questions();
        if (status != FormStatus.DRAFT) {
            recorded.add(new FormEvents.Revised(
                    id, borough, sessionId, seriesId, languages(), questions.size(), now(clock)));
        }
    }

    /** Refuses a change made against another version than the one stored. */
    public void expectVersion(Long expected) {
        if (expected != null && !expected.equals(version)) {
            throw new StaleVersion("form");
        }
    }

    private void keepsAnsweredQuestions(List<Question> revised) {
        if (revised.size() < questions.size()) {
            throw new RuleBroken(
                    "questions",
                    "the form has answers: its " + questions.size() + " questions stay (reword them or add more)");
        }
        for (int i = 0; i < questions.size(); i++) {
            Question was = questions.get(i);
            Question now = revised.get(i);
            String field = "questions[" + i + "]";
            if (was.type() != now.type()) {
                throw new RuleBroken(field + ".type", "the form has answers: this question stays " + was.type());
            }
            if (now.choices().size() < was.choices().size()) {
                throw new RuleBroken(
                        field + ".choices",
                        "the form has answers: its " + was.choices().size() + " choices stay (reword or add)");
            }
        }
    }

    /**
     * Checks what a response sent, question by question, and answers it as stored. Every problem is reported,
     * not only the first; a value for a question the form does not have is a problem too. A draft takes none.
     */
    public Answers read(Map<String, List<String>> sent) {
        if (status == FormStatus.DRAFT) {
            throw new RuleBroken("formId", "is a draft: publish it before it takes answers");
        }
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

    /** The session it is for; empty for a series or a standing form. */
    public Optional<UUID> sessionId() {
        return Optional.ofNullable(sessionId);
    }

    /** The series of sessions it is for; empty for one session or a standing form. */
    public Optional<UUID> seriesId() {
        return Optional.ofNullable(seriesId);
    }

    public LocalisedText title() {
        return title;
    }

    public List<Question> questions() {
        return questions;
    }

    public FormStatus status() {
        return status;
    }

    public boolean isDraft() {
        return status == FormStatus.DRAFT;
    }

    public boolean isClosed() {
        return status == FormStatus.CLOSED;
    }

    public Instant createdAt() {
        return createdAt;
    }

    /** When it was first published; null for a draft. */
    public Instant publishedAt() {
        return publishedAt;
    }

    /** When it was closed; null unless closed. */
    public Instant closedAt() {
        return closedAt;
    }

    public Long version() {
        return version;
    }

    public List<FormEvents> recordedEvents() {
        return List.copyOf(recorded);
    }

    private static Instant now(Clock clock) {
        return clock.instant().truncatedTo(ChronoUnit.MILLIS);
    }
}
