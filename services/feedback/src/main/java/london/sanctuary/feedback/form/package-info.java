/**
 * Feedback forms: questions with text per language, linked to a session or standing, published under a short
 * public code. The {@link london.sanctuary.feedback.form.Form} aggregate checks every rule and records its events.
 * Refusals are the platform's ({@code london.sanctuary.contracts.refusal}); only {@link
 * london.sanctuary.feedback.form.InvalidAnswers}, which lists every answer's problem, is the form's own.
 */
package london.sanctuary.feedback.form;
