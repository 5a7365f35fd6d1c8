package london.sanctuary.actions.action;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import london.sanctuary.contracts.ActionStatus;
import london.sanctuary.contracts.Borough;
import london.sanctuary.contracts.refusal.StaleVersion;

/** The actions of each borough. */
public interface Actions {

    Optional<Action> find(Borough borough, ActionId id);

    /**
     * Stores the action's state together with the events it recorded, in one write, and answers the new version.
     * Fails with {@link StaleVersion} when the stored version is no longer the one the action was read at.
     */
    long save(Action action);

    /** The borough's actions, newest first, optionally only of one status and/or carrying one theme. */
    List<Action> list(Borough borough, ActionStatus status, ThemeCode theme, int limit);

    /** The borough's ended actions whose loop is not closed yet (the process stopped, or a save lost a race). */
    List<Action> awaitingLoopClose(Borough borough, int limit);

    /** The borough's DONE and NOT_POSSIBLE actions, most recently completed first. */
    List<Action> completed(Borough borough, int limit);

    /** The borough's ended actions to be reviewed on or before {@code today}, earliest review date first. */
    List<Action> reviewDue(Borough borough, LocalDate today, int limit);
}
