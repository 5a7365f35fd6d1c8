/**
 * A form's responses as CSV: counts per language, capture method, choice and scale point under the platform's
 * disclosure control (platform-disclosure, the dashboard's rule), and the free-text answers for officers only.
 */
package london.sanctuary.feedback.export;
