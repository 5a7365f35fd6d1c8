package london.sanctuary.feedback.response.web;

/** {@code {"language": "en", "text": "The room is cold at night"}}: a staff translation of one written answer. */
record TranslationRequest(String language, String text) {}
