/**
 * The borough's directory of local services for its service lead: what the referrals service holds (services,
 * organisation, support kinds, languages; when last imported and by which role) and importing the borough's Open
 * Referral UK export after a preview of what will be kept and what left out.
 */
package london.sanctuary.workspace.directory;
