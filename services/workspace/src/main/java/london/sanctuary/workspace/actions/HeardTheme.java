package london.sanctuary.workspace.actions;

import java.util.List;
import java.util.Map;
import java.util.UUID;

/** A theme heard (the actions service's FindThemesHeard): the responses behind it and their count per language. */
public record HeardTheme(String theme, List<UUID> responseIds, Map<String, Integer> languages) {

    public HeardTheme {
        responseIds = responseIds == null ? List.of() : List.copyOf(responseIds);
        languages = languages == null ? Map.of() : Map.copyOf(languages);
    }

    public int responses() {
        return responseIds.size();
    }
}
