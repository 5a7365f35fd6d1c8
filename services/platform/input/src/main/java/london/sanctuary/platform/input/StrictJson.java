package london.sanctuary.platform.input;

import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.function.Function;
import org.springframework.boot.jackson.autoconfigure.JsonMapperBuilderCustomizer;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.databind.DeserializationContext;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.MapperFeature;
import tools.jackson.databind.cfg.CoercionAction;
import tools.jackson.databind.cfg.CoercionInputShape;
import tools.jackson.databind.cfg.EnumFeature;
import tools.jackson.databind.deser.std.StdDeserializer;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.module.SimpleModule;
import tools.jackson.databind.type.LogicalType;

/**
 * JSON is read as typed, never coerced: a text field given {@code 123}, {@code true} or {@code 1e999}, a number
 * given {@code "12"} or {@code 1.5}, a flag given {@code 1}, an enum given its index, an instant given a number and a
 * date given an array ({@code [2026,1,1]}) are all refused, and the 400 names the field ({@code problem.UnreadableBody}). Jackson 3 coerces scalars by
 * default; this turns it off for the service's one {@link JsonMapper}, so for every request body at once.
 */
public final class StrictJson implements JsonMapperBuilderCustomizer {

    @Override
    public void customize(JsonMapper.Builder builder) {
        builder.disable(MapperFeature.ALLOW_COERCION_OF_SCALARS)
                .disable(DeserializationFeature.ACCEPT_FLOAT_AS_INT)
                .enable(EnumFeature.FAIL_ON_NUMBERS_FOR_ENUMS)
                // Strings take any scalar unless told otherwise, whatever ALLOW_COERCION_OF_SCALARS says.
                .withCoercionConfig(
                        LogicalType.Textual,
                        text -> text.setCoercion(CoercionInputShape.Integer, CoercionAction.Fail)
                                .setCoercion(CoercionInputShape.Float, CoercionAction.Fail)
                                .setCoercion(CoercionInputShape.Boolean, CoercionAction.Fail))
                .addModule(new SimpleModule("strict-times")
                        .addDeserializer(
                                Instant.class, new IsoText<>(Instant.class, Instant::parse, "an ISO-8601 instant"))
                        .addDeserializer(
                                LocalDate.class, new IsoText<>(LocalDate.class, LocalDate::parse, "an ISO-8601 date")));
    }

    /**
     * A time only as ISO-8601 text ({@code 2026-12-04T10:00:00Z}, {@code 2026-12-04}): the built-in readers also take
     * epoch numbers and arrays.
     */
    static final class IsoText<T> extends StdDeserializer<T> {

        private final Function<String, T> parse;
        private final String what;

        IsoText(Class<T> type, Function<String, T> parse, String what) {
            super(type);
            this.parse = parse;
            this.what = what;
        }

        @Override
        @SuppressWarnings("unchecked")
        public T deserialize(JsonParser p, DeserializationContext ctxt) {
            if (p.currentToken() != JsonToken.VALUE_STRING) {
                return (T) ctxt.handleUnexpectedToken(handledType(), p);
            }
            String text = p.getString();
            try {
                return parse.apply(text.strip());
            } catch (DateTimeParseException e) {
                return (T) ctxt.handleWeirdStringValue(handledType(), text, "must be " + what);
            }
        }
    }
}
