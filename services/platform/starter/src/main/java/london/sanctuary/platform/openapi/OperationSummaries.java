package london.sanctuary.platform.openapi;

import io.swagger.v3.oas.models.Operation;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import org.springdoc.core.customizers.OperationCustomizer;
import org.springframework.core.annotation.AnnotatedElementUtils;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.method.HandlerMethod;

/**
 * A summary for every operation the controller has not given one: its handler's name as words, so {@code
 * recordAttendance} reads "Record attendance"; a bare generic verb names what it acts on, from the path's last
 * literal segment, so {@code list} on {@code …/themes} reads "List themes" and {@code read} on {@code
 * …/forms/{formId}} "Read form".
 */
class OperationSummaries implements OperationCustomizer {

    private static final Set<String> GENERIC = Set.of("list", "read", "add", "export", "check", "find", "get");
    private static final Set<String> OF_MANY = Set.of("list", "export");

    @Override
    public Operation customize(Operation operation, HandlerMethod handler) {
        if (operation.getSummary() == null || operation.getSummary().isBlank()) {
            operation.setSummary(summary(handler.getMethod().getName(), path(handler)));
        }
        return operation;
    }

    static String summary(String handlerName, String path) {
        String words = words(handlerName);
        if (!GENERIC.contains(handlerName)) {
            return words;
        }
        List<String> literal = Arrays.stream(path.split("/"))
                .filter(segment -> !segment.isEmpty() && !segment.contains("{"))
                .toList();
        if (literal.isEmpty()) {
            return words;
        }
        String things =
                literal.get(literal.size() - 1).replaceFirst("\\..*$", "").replace('-', ' ');
        return words + " " + (OF_MANY.contains(handlerName) ? things : things.replaceFirst("s$", ""));
    }

    /** {@code recordAttendance} as "Record attendance". */
    static String words(String camelCase) {
        String spaced = camelCase
                .replaceAll("(?<=[a-z0-9])(?=[A-Z])|(?<=[A-Z])(?=[A-Z][a-z])", " ")
                .toLowerCase();
        return Character.toUpperCase(spaced.charAt(0)) + spaced.substring(1);
    }

    private static String path(HandlerMethod handler) {
        return first(AnnotatedElementUtils.findMergedAnnotation(handler.getBeanType(), RequestMapping.class))
                + "/"
                + first(AnnotatedElementUtils.findMergedAnnotation(handler.getMethod(), RequestMapping.class));
    }

    private static String first(RequestMapping mapping) {
        return mapping == null || mapping.path().length == 0 ? "" : mapping.path()[0];
    }
}
