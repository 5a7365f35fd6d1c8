package london.sanctuary.local;

import java.nio.file.Path;
import java.time.Duration;
import java.util.Deque;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentLinkedDeque;
import java.util.concurrent.Executor;
import london.sanctuary.contracts.Topics;
import london.sanctuary.local.auth.AuthorizationServer;
import london.sanctuary.local.auth.SignInClient;
import london.sanctuary.local.broker.KafkaBroker;
import london.sanctuary.local.broker.TopicCreator;
import london.sanctuary.local.demo.DemoData;
import london.sanctuary.local.keys.ReferralKeyPairs;
import london.sanctuary.local.services.HostedServices;
import london.sanctuary.local.services.Readiness;
import london.sanctuary.local.services.RunningService;
import london.sanctuary.local.services.ServiceHost;
import london.sanctuary.local.store.DocumentStore;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.slf4j.bridge.SLF4JBridgeHandler;

/** Starts the whole platform in this JVM: store, broker, authorization server, every service. */
public final class LocalPlatform implements AutoCloseable {

    private static final Logger log = LoggerFactory.getLogger(LocalPlatform.class);
    private static final String LOGGING_SYSTEM = "org.springframework.boot.logging.LoggingSystem";
    /** The staff's web application, and the authorization server's one sign-in client. */
    static final String WORKSPACE = "workspace";

    static final Duration READINESS_TIMEOUT = Duration.ofSeconds(120);
    // A new thread inherits this one's context class loader, which sees the executable jar's libraries.
    private static final Executor STARTER = task -> new Thread(task, "local-platform-start").start();

    static {
        // Many contexts share one logback configuration (logback.xml); none of them may reset it.
        if (System.getProperty(LOGGING_SYSTEM) == null) {
            System.setProperty(LOGGING_SYSTEM, "none");
        }
        SLF4JBridgeHandler.removeHandlersForRootLogger();
        SLF4JBridgeHandler.install();
    }

    private final LocalSettings settings;
    private final Deque<AutoCloseable> started = new ConcurrentLinkedDeque<>();
    private final ServiceHost services = new ServiceHost();
    private boolean closed;

    public LocalPlatform(LocalSettings settings) {
        this.settings = settings;
    }

    public static void main(String[] args) {
        LocalPlatform platform = new LocalPlatform(LocalSettings.from(SettingsSource.of(args)));
        Runtime.getRuntime().addShutdownHook(new Thread(platform::close, "local-platform-stop"));
        try {
            platform.start();
        } catch (Exception failure) {
            log.error("The local platform did not start", failure);
            System.exit(1);
        }
    }

    /** Starts everything, waits for readiness, loads demo data into empty boroughs and prints a summary. */
    public void start() throws Exception {
        Path data = settings.dataDir();
        // The referral key pairs a first start makes take CPU in proportion to the boroughs: begun first, awaited last.
        CompletableFuture<Map<String, Object>> referralKeys =
                ReferralKeyPairs.prepare(data.resolve("referral-keys"), settings.boroughs());
        // The authorization server needs neither broker nor store, so it starts alongside them.
        CompletableFuture<AuthorizationServer> authStarting = CompletableFuture.supplyAsync(
                () -> AuthorizationServer.start(
                        settings.port("auth"),
                        data.resolve("auth"),
                        SignInClient.APPLICATIONS.stream()
                                .map(app -> new SignInClient(app, "http://localhost:" + settings.port(app)))
                                .toList()),
                STARTER);
        try {
            DocumentStore store = track(DocumentStore.start(data.resolve("mongo"), settings.port("mongo")));
            KafkaBroker broker = track(KafkaBroker.start(
                    data.resolve("kafka"), settings.port("kafka"), settings.port("kafka-controller")));
            TopicCreator.createMissing(broker.bootstrapServers(), Topics.all(settings.boroughs()));
            AuthorizationServer auth = track(authStarting.join());
            PlatformWiring wiring = new PlatformWiring(settings.boroughs(), broker, store, auth);
            track(services)
                    .start(
                            HostedServices.ALL,
                            settings.ports(),
                            wiring.properties(),
                            wiring.serviceProperties(settings.ports(), referralKeys.join(), data.resolve("keyring")));
            new Readiness().awaitAll(services.running(), READINESS_TIMEOUT);
            double readySeconds = StartupReport.secondsSinceJvmStart();
            if (settings.demoData().loads()) {
                DemoData.loadIfEmpty(services.running(), auth.tokenUri(), settings.boroughs(), settings.demoData());
            }
            log.info(
                    "Sanctuary Exchange is running:{}", StartupReport.render(readySeconds, wiring, services.running()));
        } catch (Exception | Error failure) {
            authStarting.thenAccept(AuthorizationServer::close); // if it is still starting, stop it once started
            throw failure;
        }
    }

    public List<RunningService> runningServices() {
        return services.running();
    }

    /** Stops every service context, then the authorization server, the broker and the store. */
    @Override
    public synchronized void close() {
        closed = true;
        AutoCloseable component;
        while ((component = started.pollFirst()) != null) {
            try {
                component.close();
            } catch (Exception failure) {
                log.warn("{} did not stop cleanly", component.getClass().getSimpleName(), failure);
            }
        }
    }

    private synchronized <T extends AutoCloseable> T track(T component) throws Exception {
        if (closed) {
            component.close();
            throw new IllegalStateException("The local platform was stopped while it was starting");
        }
        started.push(component);
        return component;
    }
}
