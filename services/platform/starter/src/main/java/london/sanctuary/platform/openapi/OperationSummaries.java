package london.sanctuary.platform.openapi;

import io.swagger.v3.oas.models.Operation;
import org.springdoc.core.customizers.OperationCustomizer;
import org.springframework.web.method.HandlerMethod;

/**
 * A summary for every operation the controller has not given one: its handler's name as words, so {@code
 * recordAttendance} reads "Record attendance".
 */
class OperationSummaries implements OperationCustomizer {

    @Override
    public Operation customize(Operation operation, HandlerMethod handler) {
        if (operation.getSummary() == null || operation.getSummary().isBlank()) {
            operation.setSummary(words(handler.getMethod().getName()));
        }
        return operation;
    }

    /** {@code recordAttendance} as "Record attendance". */
    static String words(String camelCase) {
        String spaced = camelCase
                .replaceAll("(?<=[a-z0-9])(?=[A-Z])|(?<=[A-Z])(?=[A-Z][a-z])", " ")
                .toLowerCase();
        return Character.toUpperCase(spaced.charAt(0)) + spaced.substring(1);
    }
}
