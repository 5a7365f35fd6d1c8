/**
 * Envelope encryption for personal data at rest: AES-256-GCM under a data key per owner, data keys wrapped by
 * a key-encryption key and stored apart, so deleting a data key makes every copy of its ciphertext unreadable.
 */
package london.sanctuary.consent.crypto;
