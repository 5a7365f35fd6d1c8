package london.sanctuary.feedback.form;

import java.util.List;

/**
 * Answers that do not fit the form's questions: every problem found, in question order, so a page can list them
 * all in its error summary. The first names the field of a 400 ({@code answers.q2}).
 */
public class InvalidAnswers extends RuntimeException {

    private final List<Problem> problems;

    public InvalidAnswers(List<Problem> problems) {
        super(problems.get(0).field() + ": " + problems.get(0).detail());
        this.problems = List.copyOf(problems);
    }

    public List<Problem> problems() {
        return problems;
    }

    /** What is wrong, in words a page can translate. */
    public enum Kind {
        REQUIRED,
        INVALID,
        TOO_LONG,
        UNKNOWN_QUESTION
    }

    /** One question's problem. */
    public static class Problem extends RuntimeException {

        private final String questionId;
        private final Kind kind;
        private final String detail;

        public Problem(String questionId, Kind kind, String detail) {
            super(detail, null, false, false);
            this.questionId = questionId;
            this.kind = kind;
            this.detail = detail;
        }

        public String questionId() {
            return questionId;
        }

        public Kind kind() {
            return kind;
        }

        public String detail() {
            return detail;
        }

        public String field() {
            return "answers." + questionId;
        }
    }
}
