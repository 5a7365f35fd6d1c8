package london.sanctuary.workspace.actions;

/**
 * Whether the words staff want to publish are the person's own: parts of the answer, in its order, with any cut
 * marked by an ellipsis ({@code …} or {@code ...}). Spacing may differ; nothing may be added or changed. The actions
 * service never sees the answer, so this is checked here, where the answer is read.
 */
final class Excerpt {

    private Excerpt() {}

    static boolean isFrom(String answer, String words) {
        if (answer == null || words == null || words.isBlank()) {
            return false;
        }
        String whole = spaced(answer);
        int from = 0;
        boolean any = false;
        for (String part : words.replace("...", "…").split("…")) {
            String piece = spaced(part);
            if (piece.isEmpty()) {
                continue;
            }
            int at = whole.indexOf(piece, from);
            if (at < 0) {
                return false;
            }
            from = at + piece.length();
            any = true;
        }
        return any;
    }

    private static String spaced(String text) {
        return text.strip().replaceAll("\\s+", " ");
    }
}
