package london.sanctuary.proof.faults.recovery;

import java.util.ArrayList;
import java.util.List;
import java.util.TreeMap;
import tools.jackson.databind.JsonNode;

/** Published figures in a form two read models can be compared by: rows and fields in a fixed order. */
final class Figures {

    private Figures() {}

    /** The JSON with object fields sorted by name and array elements sorted, as text. */
    static String canonical(JsonNode node) {
        if (node.isObject()) {
            TreeMap<String, String> fields = new TreeMap<>();
            node.properties().forEach(field -> fields.put(field.getKey(), canonical(field.getValue())));
            return fields.toString();
        }
        if (node.isArray()) {
            List<String> elements = new ArrayList<>();
            node.forEach(element -> elements.add(canonical(element)));
            elements.sort(null);
            return elements.toString();
        }
        return node.toString();
    }
}
