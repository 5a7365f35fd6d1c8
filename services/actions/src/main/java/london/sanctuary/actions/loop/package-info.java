/**
 * Closing the loop: when an action ends, the participants whose linked feedback it answers, and who may be
 * contacted again, are told in their language, through a notification port.
 */
package london.sanctuary.actions.loop;
