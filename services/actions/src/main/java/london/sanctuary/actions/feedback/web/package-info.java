/** The themes heard, for staff raising an action (FindThemesHeard). */
package london.sanctuary.actions.feedback.web;
