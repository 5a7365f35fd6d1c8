/**
 * How the refusals that are referrals' own are answered as problem+json ({@code ReferralProblems}); the shared
 * vocabulary's are the platform's. No feature imports this package.
 */
package london.sanctuary.referrals.web;
