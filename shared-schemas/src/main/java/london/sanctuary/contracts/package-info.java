/**
 * Event contracts for Sanctuary Exchange: topic and CloudEvents type names ({@link london.sanctuary.contracts.Topics},
 * {@link london.sanctuary.contracts.EventType}), the shared JSON mapping and schema validation, and the value types
 * the contract records use. No Spring, Kafka or Mongo types here.
 */
package london.sanctuary.contracts;
