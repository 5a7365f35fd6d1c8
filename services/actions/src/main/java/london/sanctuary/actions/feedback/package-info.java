/**
 * The feedback this service has heard of: a projection of the feedback service's events (form, language,
 * time, themes, and the participant only while linked), for linking actions to feedback and closing the loop.
 */
package london.sanctuary.actions.feedback;
