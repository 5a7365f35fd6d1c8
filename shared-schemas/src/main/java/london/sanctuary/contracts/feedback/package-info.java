/**
 * Events the feedback service publishes to {@code sanctuary.<borough>.feedback.v1}.
 */
package london.sanctuary.contracts.feedback;
