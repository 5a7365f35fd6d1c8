/** Actions raised from feedback themes: the aggregate, its rules and events, and the desk that runs them. */
package london.sanctuary.actions.action;
