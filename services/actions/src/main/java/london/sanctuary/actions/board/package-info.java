/** The borough's public "you said, we did" board: ended actions, in the reader's language. */
package london.sanctuary.actions.board;
