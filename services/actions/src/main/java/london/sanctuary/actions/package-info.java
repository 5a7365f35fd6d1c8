/**
 * The actions service: actions raised from feedback themes, the public "you said, we did" board, and closing
 * the loop with the participants behind each action.
 */
package london.sanctuary.actions;
