/**
 * "You said, we did" for staff: the borough's actions board, raising an action from a theme heard, and an action's
 * page (status, progress notes with evidence, completion with the statement per language, review and reopening,
 * history), all over the actions service's API through the {@link london.sanctuary.workspace.actions.ActionBoard}
 * port.
 */
package london.sanctuary.workspace.actions;
