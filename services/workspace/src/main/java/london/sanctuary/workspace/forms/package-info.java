/**
 * Feedback forms in the workspace: the borough's forms with their status, language and link; a form written in
 * its languages side by side (with a warning for each missing translation), previewed per language as the
 * participant sees it, published, closed and reopened, and printed per language (the feedback service's PDF,
 * fetched with the officer's token).
 */
package london.sanctuary.workspace.forms;
