/** The public iCalendar feed of a borough's sessions: what is on, where and when; never who is coming. */
package london.sanctuary.engagement.calendar;
