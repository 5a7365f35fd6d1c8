/**
 * Safeguarding concerns: any officer flags one on a person, the borough's safeguarding lead sees the open ones and
 * closes each saying what was done. The free text (summary, action taken) is sealed under the person's data key, so
 * erasing the person shreds it; it never reaches an event, a log line or an exception message.
 */
package london.sanctuary.consent.safeguarding;
