/**
 * Move-on referrals from the workspace (/move-on/**), for a borough's move-on team: find the person, see whether
 * SHARE_ON_MOVE holds, say where they move, when, why and the support to continue, check the answers and send;
 * then the referrals sent with their status and answer-due clock, a referral's history, and cancelling one still
 * undecided. The referrals service's outgoing API through the {@link
 * london.sanctuary.workspace.moveon.OutgoingReferrals} port; the person and their consent through the people
 * feature's {@link london.sanctuary.workspace.people.ConsentRecords}.
 */
package london.sanctuary.workspace.moveon;
