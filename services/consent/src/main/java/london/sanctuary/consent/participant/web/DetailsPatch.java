package london.sanctuary.consent.participant.web;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import london.sanctuary.consent.participant.DetailsChange.ChangeDetails;
import london.sanctuary.contracts.refusal.InvalidValue;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * A JSON merge patch (RFC 7396) of a person's details read strictly: only the five details, each a text (or, for
 * {@code preferredLanguages}, a list of texts) or null to remove it; anything else is 400 naming the field.
 */
final class DetailsPatch {

    private static final Set<String> DETAILS = Set.of("name", "phone", "email", "preferredLanguages", "accessNeeds");

    private DetailsPatch() {}

    static ChangeDetails read(ObjectNode patch) {
        if (patch == null || patch.isEmpty()) {
            throw new InvalidValue("body", "must change at least one of " + String.join(", ", DETAILS));
        }
        for (Map.Entry<String, JsonNode> field : patch.properties()) {
            if (!DETAILS.contains(field.getKey())) {
                throw new InvalidValue(field.getKey(), "is not a detail that can be changed");
            }
        }
        return new ChangeDetails(
                text(patch, "name"),
                text(patch, "phone"),
                text(patch, "email"),
                languages(patch),
                text(patch, "accessNeeds"));
    }

    @SuppressWarnings("OptionalAssignedToNull") // null: not in the patch, left as it is
    private static Optional<String> text(ObjectNode patch, String field) {
        if (!patch.has(field)) {
            return null;
        }
        JsonNode value = patch.get(field);
        if (value.isNull()) {
            return Optional.empty();
        }
        if (!value.isString()) {
            throw new InvalidValue(field, "must be a text or null");
        }
        return Optional.of(value.stringValue());
    }

    @SuppressWarnings("OptionalAssignedToNull")
    private static Optional<List<String>> languages(ObjectNode patch) {
        if (!patch.has("preferredLanguages")) {
            return null;
        }
        JsonNode value = patch.get("preferredLanguages");
        if (value.isNull()) {
            return Optional.empty();
        }
        if (!value.isArray() || value.size() > 100) {
            throw new InvalidValue("preferredLanguages", "must be a list of language tags, such as [\"ar\", \"en\"]");
        }
        List<String> tags = new ArrayList<>();
        for (JsonNode tag : value) {
            if (!tag.isString()) {
                throw new InvalidValue("preferredLanguages", "must be a list of language tags, such as [\"ar\"]");
            }
            tags.add(tag.stringValue());
        }
        return Optional.of(tags);
    }
}
