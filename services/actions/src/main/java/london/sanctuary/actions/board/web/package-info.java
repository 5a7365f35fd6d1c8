/** The public board's page: server-rendered, no login. */
package london.sanctuary.actions.board.web;
