/**
 * Feedback forms: questions with text per language, linked to a session or standing, published under a short
 * public code. The {@link london.sanctuary.feedback.form.Form} aggregate checks every rule and records its events.
 * Also the refusals every feature shares ({@link london.sanctuary.feedback.form.InvalidValue}, {@link
 * london.sanctuary.feedback.form.FeedbackRuleBroken}, {@link london.sanctuary.feedback.form.UnknownRecord}).
 */
package london.sanctuary.feedback.form;
