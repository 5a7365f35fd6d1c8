/**
 * The referral package's cryptography: AES-256-GCM under a data key per referral, the custody of those keys
 * (in the platform's envelope keys, filed under the participant so erasure or withdrawal shreds them), and the
 * key registry of every borough's RSA public key for key release.
 */
package london.sanctuary.referrals.crypto;
