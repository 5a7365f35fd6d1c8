/**
 * Responses to forms: anonymous by default, linked to a participant only while they hold {@code LINK_FEEDBACK}
 * consent, captured online or by staff (paper, interpreter, tablet), tagged with themes, and unlinked when the
 * consent ends. The {@link london.sanctuary.feedback.response.Response} aggregate owns every change.
 */
package london.sanctuary.feedback.response;
