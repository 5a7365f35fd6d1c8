/**
 * Each borough's own list of feedback themes, started from the reference list ({@code feedback-themes.csv}) and
 * extended by officers; responses are tagged only with themes on their borough's list.
 */
package london.sanctuary.feedback.theme;
