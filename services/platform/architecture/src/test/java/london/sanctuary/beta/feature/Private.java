package london.sanctuary.beta.feature;

/** Fixture: a class another service must not name. */
public record Private(String value) {}
