package london.sanctuary.platform.test;

import static org.assertj.core.api.Assertions.assertThat;

import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoDatabase;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.springframework.context.ApplicationContext;
import org.springframework.core.MethodParameter;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.method.HandlerMethod;
import org.springframework.web.servlet.mvc.method.RequestMappingInfo;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;

/**
 * Every JSON request body a running service reads, found from its handler mappings, sent with each field in turn
 * given a value of the wrong JSON type ({@code 123}, {@code true} or {@code 1e999} for a text, {@code "12"} or
 * {@code 1.5} for a number, {@code 1} for a flag or an enum, a number for an instant …): each must be a 400
 * problem naming that field, and nothing may be stored. New request records are covered without a change here.
 */
public final class WrongTypes {

    /** One endpoint that reads a body. */
    public record Endpoint(String method, String path, Type body) {}

    /** One body with one field of the wrong type, and the field the problem must name. */
    public record Case(Endpoint endpoint, String field, String json) {
        @Override
        public String toString() {
            return endpoint.method() + " " + endpoint.path() + " " + json;
        }
    }

    private WrongTypes() {}

    /** The dynamic tests for a service: a case per field and wrong value, then that nothing was stored. */
    public static Stream<DynamicTest> refusedByEveryBody(ApplicationContext service, ApiClient caller) {
        Map<String, Long> before = stored(service);
        List<Case> cases =
                endpoints(service).stream().flatMap(WrongTypes::cases).toList();
        assertThat(cases).as("request bodies found").isNotEmpty();
        Stream<DynamicTest> each = cases.stream()
                .map(c -> DynamicTest.dynamicTest(c.toString(), () -> {
                    ApiClient.Response response =
                            caller.send(c.endpoint().method(), c.endpoint().path(), "application/json", c.json());
                    assertThat(response.status()).as(response.body()).isEqualTo(400);
                    assertThat(response.isProblem()).isTrue();
                    assertThat(response.json().path("field").asString()).isEqualTo(c.field());
                    assertThat(response.body()).doesNotContain("1e999").doesNotContain("Cannot coerce");
                }));
        return Stream.concat(
                each,
                Stream.of(DynamicTest.dynamicTest(
                        "and nothing was stored",
                        () -> assertThat(stored(service)).isEqualTo(before))));
    }

    /** Every handler method with a {@code @RequestBody}, its path variables filled in for borough newham. */
    public static List<Endpoint> endpoints(ApplicationContext service) {
        RequestMappingHandlerMapping mapping =
                service.getBean("requestMappingHandlerMapping", RequestMappingHandlerMapping.class);
        List<Endpoint> endpoints = new ArrayList<>();
        mapping.getHandlerMethods().forEach((info, handler) -> {
            for (MethodParameter parameter : handler.getMethodParameters()) {
                if (parameter.hasParameterAnnotation(RequestBody.class)) {
                    endpoints.add(new Endpoint(method(info), path(info, handler), parameter.getGenericParameterType()));
                }
            }
        });
        return endpoints;
    }

    /** The cases for one endpoint: for every scalar field, however deep, each wrong value. */
    public static Stream<Case> cases(Endpoint endpoint) {
        List<Case> cases = new ArrayList<>();
        collect(endpoint.body(), "", json -> json, cases, endpoint, 0);
        return cases.stream();
    }

    private interface Wrap {
        String around(String inner);
    }

    private static void collect(Type type, String path, Wrap wrap, List<Case> cases, Endpoint endpoint, int depth) {
        Class<?> raw = raw(type);
        if (depth > 4 || raw == null) {
            return;
        }
        for (String wrong : wrongValuesFor(raw)) {
            cases.add(new Case(endpoint, path.isEmpty() ? "body" : path, wrap.around(wrong)));
        }
        if (raw.isRecord()) {
            for (RecordComponent component : raw.getRecordComponents()) {
                String name = component.getName();
                collect(
                        component.getGenericType(),
                        path.isEmpty() ? name : path + "." + name,
                        inner -> wrap.around("{\"" + name + "\":" + inner + "}"),
                        cases,
                        endpoint,
                        depth + 1);
            }
        } else if (Collection.class.isAssignableFrom(raw) && type instanceof ParameterizedType list) {
            collect(
                    list.getActualTypeArguments()[0],
                    path + "[0]",
                    inner -> wrap.around("[" + inner + "]"),
                    cases,
                    endpoint,
                    depth + 1);
        } else if (Map.class.isAssignableFrom(raw) && type instanceof ParameterizedType map) {
            collect(
                    map.getActualTypeArguments()[1],
                    path + ".en",
                    inner -> wrap.around("{\"en\":" + inner + "}"),
                    cases,
                    endpoint,
                    depth + 1);
        }
    }

    private static List<String> wrongValuesFor(Class<?> type) {
        if (type == String.class) {
            return List.of("123", "true", "1e999");
        }
        if (type == Integer.class || type == int.class || type == Long.class || type == long.class) {
            return List.of("\"12\"", "1.5", "1e999", "true");
        }
        if (type == Boolean.class || type == boolean.class) {
            return List.of("\"true\"", "1");
        }
        if (type.isEnum()) {
            return List.of("0", "true");
        }
        if (type == UUID.class) {
            return List.of("123", "true");
        }
        if (type == LocalDate.class) {
            return List.of("123", "true", "[2026,1,1]");
        }
        if (type == Instant.class) {
            return List.of("1700000000", "true");
        }
        return List.of();
    }

    private static Class<?> raw(Type type) {
        if (type instanceof Class<?> c) {
            return c;
        }
        return type instanceof ParameterizedType p && p.getRawType() instanceof Class<?> c ? c : null;
    }

    private static String method(RequestMappingInfo info) {
        return info.getMethodsCondition().getMethods().stream()
                .findFirst()
                .map(Enum::name)
                .orElse("POST");
    }

    private static String path(RequestMappingInfo info, HandlerMethod handler) {
        String path = info.getPatternValues().iterator().next();
        for (MethodParameter parameter : handler.getMethodParameters()) {
            PathVariable variable = parameter.getParameterAnnotation(PathVariable.class);
            if (variable != null) {
                String name = variable.name().isEmpty() ? variable.value() : variable.name();
                name = name.isEmpty() ? parameter.getParameterName() : name;
                path = path.replace("{" + name + "}", sample(name, parameter.getParameterType()));
            }
        }
        return path;
    }

    private static String sample(String name, Class<?> type) {
        if (type.isEnum()) {
            return type.getEnumConstants()[0].toString();
        }
        return name.equals("borough") ? "newham" : UUID.randomUUID().toString();
    }

    /** Documents per collection of the service's aggregates ({@code sanctuary.outbox.collections}) in newham. */
    private static Map<String, Long> stored(ApplicationContext service) {
        String name = service.getEnvironment().getProperty("sanctuary.service");
        String[] collections =
                service.getEnvironment().getProperty("sanctuary.outbox.collections", String[].class, new String[0]);
        MongoDatabase database = service.getBean(MongoClient.class).getDatabase(name + "_newham");
        Map<String, Long> counts = new LinkedHashMap<>();
        for (String collection : collections) {
            counts.put(collection, database.getCollection(collection.strip()).countDocuments());
        }
        return counts;
    }
}
