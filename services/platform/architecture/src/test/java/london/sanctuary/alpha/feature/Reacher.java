package london.sanctuary.alpha.feature;

import london.sanctuary.beta.feature.Private;

/** Fixture: a class of one service naming a class of another. */
public record Reacher(Private other) {}
