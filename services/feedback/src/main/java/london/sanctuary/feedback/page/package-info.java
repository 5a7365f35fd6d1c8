/**
 * The participant's page: the form at its short public address (and QR code), in their language, right to left
 * where the script runs so, with no login; and the thank-you page that says what happens next.
 */
package london.sanctuary.feedback.page;
