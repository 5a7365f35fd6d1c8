package london.sanctuary.contracts;

import com.networknt.schema.Error;
import com.networknt.schema.InputFormat;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SchemaRegistryConfig;
import com.networknt.schema.SpecificationVersion;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;

/**
 * Validates JSON against the contract schemas (draft 2020-12, formats asserted). Loaded schemas are cached.
 * Validation returns messages rather than throwing, so callers decide between rejecting and dead-lettering.
 */
public final class Schemas {

    /** Classpath path of the schema for the decrypted referral package. */
    public static final String REFERRAL_PACKAGE = "schemas/referrals/referral-package.v1.schema.json";

    private static final SchemaRegistry REGISTRY = SchemaRegistry.withDefaultDialect(
            SpecificationVersion.DRAFT_2020_12,
            builder -> builder.schemaRegistryConfig(SchemaRegistryConfig.builder()
                    .formatAssertionsEnabled(true)
                    .locale(Locale.UK)
                    .build()));
    private static final Map<String, Schema> CACHE = new ConcurrentHashMap<>();

    private Schemas() {}

    /** Messages for every way {@code json} breaks the schema of {@code type}; empty when valid. */
    public static List<String> validate(EventType type, String json) {
        return validate(schema(type.schemaResource()), json);
    }

    /** Messages for every way {@code json} breaks the referral package schema; empty when valid. */
    public static List<String> validateReferralPackage(String json) {
        return validate(schema(REFERRAL_PACKAGE), json);
    }

    /** Validates against a schema given as a tree, uncached: for tooling and for tests of the schemas themselves. */
    public static List<String> validateAgainst(JsonNode schema, String json) {
        return validate(REGISTRY.getSchema(schema), json);
    }

    /** The schema at {@code resource} as a fresh, mutable tree. */
    public static JsonNode schemaTree(String resource) {
        try (InputStream in = open(resource)) {
            return ContractJson.mapper().readTree(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static List<String> validate(Schema schema, String json) {
        try {
            return schema.validate(json, InputFormat.JSON).stream()
                    .map(Error::toString)
                    .toList();
        } catch (JacksonException e) {
            return List.of("not JSON: " + e.getOriginalMessage());
        }
    }

    private static Schema schema(String resource) {
        return CACHE.computeIfAbsent(resource, r -> REGISTRY.getSchema(schemaTree(r)));
    }

    private static InputStream open(String resource) {
        InputStream in = Schemas.class.getClassLoader().getResourceAsStream(resource);
        if (in == null) {
            throw new IllegalStateException("schema: no classpath resource " + resource);
        }
        return in;
    }
}
