package london.sanctuary.feedback.response.web;

import jakarta.validation.constraints.Size;
import java.util.List;

/**
 * {@code {"themes": ["food", "travel"]}}: codes from the borough's theme list; for many responses at once, {@code
 * "responseIds"} too.
 */
record ThemesRequest(
        @Size(max = 20) List<String> themes,
        @Size(max = 200) List<String> responseIds) {}
