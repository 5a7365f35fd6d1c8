/**
 * Events the engagement service publishes to {@code sanctuary.<borough>.engagement.v1}.
 */
package london.sanctuary.contracts.engagement;
