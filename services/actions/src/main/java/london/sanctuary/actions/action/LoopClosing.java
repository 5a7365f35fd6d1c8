package london.sanctuary.actions.action;

/**
 * Closing the loop of an ended action: telling the participants behind it what came of it. The loop feature does
 * it ({@code loop.LoopCloser}); the desk only asks and records the count.
 */
@FunctionalInterface
public interface LoopClosing {

    /** Sends the ended action's notices and answers how many went. */
    int close(Action ended);
}
