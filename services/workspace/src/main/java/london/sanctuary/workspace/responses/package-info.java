/**
 * Feedback in the workspace: typing in a pile of paper answers quickly, reading the borough's responses with filters,
 * theming many at once, staff translations beside answers in other languages, the CSV export, and the borough's
 * themes. Everything goes through the feedback service with the signed-in person's token ({@link ResponseBook}).
 */
package london.sanctuary.workspace.responses;
