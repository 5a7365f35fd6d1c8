/**
 * Events the actions service publishes to {@code sanctuary.<borough>.actions.v1}.
 */
package london.sanctuary.contracts.actions;
