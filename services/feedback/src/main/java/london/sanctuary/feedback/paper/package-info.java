/**
 * The paper version of a form, one per language: a PDF with the title, the instructions, each question with boxes
 * to tick or lines to write, the form's code and the QR code of its public address, for people who answer on paper
 * (entered later by staff). Fonts are embedded (Noto, OFL): Latin and Cyrillic, Arabic script (shaped and ordered
 * right to left with ICU) and Ethiopic.
 */
package london.sanctuary.feedback.paper;
