/**
 * Envelope encryption for personal data at rest, once for every service: AES-256-GCM under a data key per owner
 * ({@link london.sanctuary.platform.crypto.DataKey}), data keys wrapped by a key-encryption key of an epoch of the
 * {@link london.sanctuary.platform.crypto.Keyring} and stored apart ({@link london.sanctuary.platform.crypto.WrappedKeys})
 * with the epoch's key id beside them. Deleting a data key makes every copy of its ciphertext unreadable to anyone
 * without the epoch's key; {@link london.sanctuary.platform.crypto.KeyRotation} re-wraps the living keys under a new
 * epoch and destroys the old one, so that a copy of the store (a backup, an old file) no longer opens the keys deleted
 * before. Plain Java: the Spring wiring is in {@code config}, the store adapters in {@code persistence}.
 */
package london.sanctuary.platform.crypto;
