package london.sanctuary.feedback.response.web;

import java.util.List;

/** {@code {"themes": ["food", "travel"]}}: codes from the borough's theme list. */
record ThemesRequest(List<String> themes) {}
