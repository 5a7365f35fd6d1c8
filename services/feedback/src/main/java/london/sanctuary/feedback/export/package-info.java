/**
 * A form's responses as CSV: counts per language, capture method, choice and scale point with small-number
 * protection, and the free-text answers for officers only.
 */
package london.sanctuary.feedback.export;
