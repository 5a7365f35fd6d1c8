/** The notices a participant was sent, over HTTP. */
package london.sanctuary.actions.loop.web;
