package london.sanctuary.proof.journeys;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.stream.Stream;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.ParameterContext;
import org.junit.jupiter.api.extension.ParameterResolver;

/**
 * One local platform (broker, store, authorization server, every service) for every journey class of a test JVM that
 * asks for it: {@code @ExtendWith(SharedPlatform.class)} and a {@code @BeforeAll static void …(JourneySteps steps)}.
 * The first class to ask starts it on free ports in a temporary directory, for the three demo boroughs without demo
 * data; JUnit closes it, and the directory is removed, when the test plan ends (it is kept in the root context's
 * store). Each journey enrols people under names no other journey uses, and schedules its own sessions, so no journey
 * finds another's people (decision 0067). A test that restarts the platform or changes its settings starts its own
 * (the restart: proof/faults' {@code PlatformRestartIntegrationTests}).
 *
 * <p>Barnet's personal links open for {@link #BARNET_LINKS_OPEN_FOR} only, so a journey can watch a link expire
 * without waiting long (the borough's own validity setting, {@code sanctuary.consent.personal-link.valid-for}); no
 * other journey issues a link in Barnet. Every journey's browsers come from one address, as many people on one hotel's
 * wifi do; the person's pages count a browser with its page open per person, not per address (decision 0070), so the
 * service's own limits hold here: the journeys open far fewer than 30 links, and ask fewer than 30 pages without one,
 * a minute.
 */
final class SharedPlatform implements ParameterResolver {

    static final String BARNET_LINKS_OPEN_FOR = "PT3S";

    private static final ExtensionContext.Namespace HERE = ExtensionContext.Namespace.create(SharedPlatform.class);

    @Override
    public boolean supportsParameter(ParameterContext parameter, ExtensionContext context) {
        return parameter.getParameter().getType() == JourneySteps.class;
    }

    @Override
    public Object resolveParameter(ParameterContext parameter, ExtensionContext context) {
        return context.getRoot()
                .getStore(HERE)
                .computeIfAbsent(Running.class, key -> Running.start(), Running.class)
                .steps();
    }

    /** The running platform and its directory, closed by JUnit at the end of the test plan. */
    record Running(Path dataDir, JourneySteps steps) implements AutoCloseable {

        static Running start() {
            try {
                // read by the consent context at start, as any other property source it has (see the class comment)
                System.setProperty("sanctuary.consent.personal-link.valid-for.barnet", BARNET_LINKS_OPEN_FOR);
                Path dataDir = Files.createTempDirectory("shared-platform");
                return new Running(dataDir, JourneySteps.startPlatform(dataDir));
            } catch (Exception e) {
                throw new IllegalStateException("the shared local platform did not start", e);
            }
        }

        @Override
        public void close() throws IOException {
            steps.platform().close();
            try (Stream<Path> files = Files.walk(dataDir)) {
                files.sorted(Comparator.reverseOrder()).forEach(Running::delete);
            }
        }

        private static void delete(Path path) {
            try {
                Files.deleteIfExists(path);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    }
}
