package london.sanctuary.platform.audit;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Parameter;
import java.lang.reflect.RecordComponent;
import java.util.Map;
import org.springframework.beans.BeanUtils;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.RequestBody;

/**
 * Finds an id an {@link Audited} handler names: a path variable, a request parameter, a property of the request
 * body, then a property of the answer ({@code a.b} for a property of a property). Only ids are looked up, so nothing else of a body is ever read.
 */
record Named(Map<String, String> pathVariables, Map<String, String[]> parameters, Object body, Object answer) {

    static Named of(
            Map<String, String> pathVariables,
            Map<String, String[]> parameters,
            Parameter[] declared,
            Object[] arguments,
            Object returned) {
        Object body = null;
        for (int i = 0; i < declared.length; i++) {
            if (declared[i].isAnnotationPresent(RequestBody.class)) {
                body = arguments[i];
            }
        }
        Object answer = returned instanceof ResponseEntity<?> entity ? entity.getBody() : returned;
        return new Named(pathVariables, parameters, body, answer);
    }

    /** The value named, as text; null when no source has it. */
    String find(String name) {
        if (name.isEmpty()) {
            return null;
        }
        if (pathVariables.containsKey(name)) {
            return pathVariables.get(name);
        }
        String[] values = parameters.get(name);
        if (values != null && values.length > 0) {
            return values[0];
        }
        Object value = path(body, name);
        return value != null ? value.toString() : textOf(path(answer, name));
    }

    /** A property, or a property of a property ({@code referral.participantRef}). */
    private static Object path(Object source, String name) {
        Object value = source;
        for (String step : name.split("\\.")) {
            value = property(value, step);
        }
        return value;
    }

    private static String textOf(Object value) {
        return value == null ? null : value.toString();
    }

    private static Object property(Object source, String name) {
        if (source == null) {
            return null;
        }
        if (source instanceof Map<?, ?> map) {
            return map.get(name);
        }
        try {
            if (source.getClass().isRecord()) {
                for (RecordComponent component : source.getClass().getRecordComponents()) {
                    if (component.getName().equals(name)) {
                        component.getAccessor().setAccessible(true);
                        return component.getAccessor().invoke(source);
                    }
                }
                return null;
            }
            var descriptor = BeanUtils.getPropertyDescriptor(source.getClass(), name);
            return descriptor == null || descriptor.getReadMethod() == null
                    ? null
                    : descriptor.getReadMethod().invoke(source);
        } catch (IllegalAccessException | InvocationTargetException e) {
            throw new IllegalStateException(
                    "audit: cannot read property " + name + " of the "
                            + source.getClass().getSimpleName(),
                    e);
        }
    }
}
