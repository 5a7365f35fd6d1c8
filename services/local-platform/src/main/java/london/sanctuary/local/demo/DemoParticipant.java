package london.sanctuary.local.demo;

/** A demo participant as the other services know them: a reference, a language, what they agreed to. */
record DemoParticipant(String ref, String language, boolean recontact, boolean linkFeedback) {}
