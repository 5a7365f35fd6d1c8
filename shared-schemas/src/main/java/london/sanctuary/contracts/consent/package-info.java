/**
 * Events the consent service publishes to {@code sanctuary.<borough>.consent.v1}.
 */
package london.sanctuary.contracts.consent;
