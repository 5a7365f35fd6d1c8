package london.sanctuary.contracts;

/**
 * Marker for every event contract record. Each implementation has exactly one {@link EventType}, a JSON
 * Schema and at least one frozen sample. Contracts know nothing of the services' entities.
 */
public interface Contract {}
