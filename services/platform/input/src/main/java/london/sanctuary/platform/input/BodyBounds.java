package london.sanctuary.platform.input;

import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validator;
import jakarta.validation.constraints.Size;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import london.sanctuary.platform.problem.Problems;
import org.springframework.core.MethodParameter;
import org.springframework.http.HttpInputMessage;
import org.springframework.http.converter.HttpMessageConverter;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.servlet.mvc.method.annotation.RequestBodyAdviceAdapter;

/**
 * Every request body, once read, is held to its bounds before a controller sees it: the record's own Bean
 * Validation constraints ({@code @Size} and the like, with or without {@code @Valid} on the parameter), and for
 * every text, list and map without a {@code @Size} of its own the platform's ({@link RequestLimits#maxText()},
 * {@link RequestLimits#maxItems()}). Past a bound: 400 naming every field at fault ({@link OutOfBounds}).
 */
@ControllerAdvice
public class BodyBounds extends RequestBodyAdviceAdapter {

    private static final Pattern NAME = Pattern.compile("[A-Za-z0-9_-]{1,40}");
    private final RequestLimits limits;
    private final Validator validator;

    public BodyBounds(RequestLimits limits, Validator validator) {
        this.limits = limits;
        this.validator = validator;
    }

    @Override
    public boolean supports(
            MethodParameter parameter, Type targetType, Class<? extends HttpMessageConverter<?>> converterType) {
        return true;
    }

    @Override
    public Object afterBodyRead(
            Object body,
            HttpInputMessage inputMessage,
            MethodParameter parameter,
            Type targetType,
            Class<? extends HttpMessageConverter<?>> converterType) {
        if (body == null) { // a JSON null: the controller decides whether a body is required
            return null;
        }
        List<Problems.FieldError> errors = new ArrayList<>();
        walk(body, "", null, errors);
        validator.validate(body).stream()
                .sorted(Comparator.comparing(v -> v.getPropertyPath().toString()))
                .map(BodyBounds::error)
                .forEach(errors::add);
        if (!errors.isEmpty()) {
            throw new OutOfBounds(errors);
        }
        return body;
    }

    private void walk(Object value, String path, Size own, List<Problems.FieldError> errors) {
        if (value instanceof CharSequence text && own == null && text.length() > limits.maxText()) {
            errors.add(new Problems.FieldError(field(path), "must be at most " + limits.maxText() + " characters"));
        } else if (value instanceof Collection<?> items) {
            if (own == null && items.size() > limits.maxItems()) {
                errors.add(new Problems.FieldError(field(path), "must have at most " + limits.maxItems() + " items"));
                return;
            }
            int i = 0;
            for (Object item : items) {
                walk(item, path + "[" + i++ + "]", null, errors);
            }
        } else if (value instanceof Map<?, ?> map) {
            if (own == null && map.size() > limits.maxItems()) {
                errors.add(new Problems.FieldError(field(path), "must have at most " + limits.maxItems() + " entries"));
                return;
            }
            map.forEach((key, item) -> {
                String name = String.valueOf(key);
                walk(name, path, null, errors); // a key is a text too; the path never echoes a long one
                walk(item, NAME.matcher(name).matches() ? join(path, name) : path, null, errors);
            });
        } else if (value instanceof Record record) {
            for (RecordComponent component : record.getClass().getRecordComponents()) {
                walk(valueOf(component, record), join(path, component.getName()), sizeOf(component), errors);
            }
        }
    }

    private static Object valueOf(RecordComponent component, Record record) {
        try {
            component.getAccessor().setAccessible(true);
            return component.getAccessor().invoke(record);
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException("Cannot read " + component.getName(), e);
        }
    }

    private static Size sizeOf(RecordComponent component) {
        try {
            return component
                    .getDeclaringRecord()
                    .getDeclaredField(component.getName())
                    .getAnnotation(Size.class);
        } catch (NoSuchFieldException e) {
            return null;
        }
    }

    private static String join(String path, String name) {
        return path.isEmpty() ? name : path + "." + name;
    }

    private static String field(String path) {
        return path.isEmpty() ? "body" : path;
    }

    private static Problems.FieldError error(ConstraintViolation<Object> violation) {
        return new Problems.FieldError(field(violation.getPropertyPath().toString()), violation.getMessage());
    }
}
