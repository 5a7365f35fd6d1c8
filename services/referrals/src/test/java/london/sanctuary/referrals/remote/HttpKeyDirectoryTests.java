package london.sanctuary.referrals.remote;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.nimbusds.jose.jwk.JWK;
import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jose.jwk.KeyUse;
import com.nimbusds.jose.jwk.RSAKey;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.security.interfaces.RSAPublicKey;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;
import london.sanctuary.contracts.Borough;
import london.sanctuary.referrals.TestKeys;
import london.sanctuary.referrals.crypto.BoroughKey;
import london.sanctuary.referrals.crypto.KeyDirectory;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.web.client.RestClient;

/** Barnet's key directory over real HTTP, as another borough's referrals service reads it, with a clock to move. */
class HttpKeyDirectoryTests {

    static final Borough BARNET = Borough.of("barnet");
    static final HttpKeyDirectory.Timing TIMING =
            new HttpKeyDirectory.Timing(Duration.ofMinutes(5), Duration.ofSeconds(1), Duration.ofDays(1));

    final BoroughKey before = key();
    final BoroughKey after = key();
    final AtomicReference<List<JWK>> published = new AtomicReference<>(List.of(jwk(before)));
    final AtomicInteger fetches = new AtomicInteger();
    final HttpServer barnet = serve();
    final AtomicReference<Instant> now = new AtomicReference<>(Instant.parse("2026-12-05T10:00:00Z"));
    final HttpKeyDirectory directory = new HttpKeyDirectory(
            RestClient.create(),
            code -> code.equals("barnet")
                    ? "http://localhost:" + barnet.getAddress().getPort()
                    : null,
            KeyDirectory.of(Map.of()),
            QuickCalls.of(null, "key-directory"),
            TIMING,
            new Clock() {
                @Override
                public Instant instant() {
                    return now.get();
                }

                @Override
                public java.time.ZoneId getZone() {
                    return ZoneOffset.UTC;
                }

                @Override
                public Clock withZone(java.time.ZoneId zone) {
                    return this;
                }
            });

    @AfterEach
    void stop() {
        barnet.stop(0);
    }

    @Test
    void aBoroughsCurrentKeyIsFetchedOnceAndKeptWhileFresh() {
        // when the current key is asked for twice within five minutes
        BoroughKey first = directory.find(BARNET, null).orElseThrow();
        later(Duration.ofMinutes(4));
        BoroughKey second = directory.find(BARNET, null).orElseThrow();

        // then
        assertThat(first.kid()).isEqualTo(before.kid());
        assertThat(second).isEqualTo(first);
        assertThat(fetches).hasValue(1);
    }

    @Test
    void aNewKidAfterARotationIsFetchedAtOnceAndTheOldOneServesThroughItsGracePeriod() {
        // given Newham holds Barnet's keys of before, and Barnet rotates (publishing only the new key)
        directory.find(BARNET, null).orElseThrow();
        published.set(List.of(jwk(after)));
        later(Duration.ofSeconds(2));

        // when Barnet's service names its new key, well within the five minutes
        BoroughKey found = directory.find(BARNET, after.kid()).orElseThrow();

        // then the set was fetched again for it, and the old kid still serves until its grace ends
        assertThat(found).isEqualTo(after);
        assertThat(fetches).hasValue(2);
        assertThat(directory.find(BARNET, null)).contains(after);
        assertThat(directory.find(BARNET, before.kid())).contains(before);
        later(Duration.ofDays(1).plusMinutes(1));
        assertThat(directory.find(BARNET, before.kid())).isEmpty();
    }

    @Test
    void aKidNobodyPublishedIsNotFoundAndDoesNotHammerTheDirectory() {
        // given
        directory.find(BARNET, null).orElseThrow();

        // when a caller names unknown kids in quick succession
        assertThat(directory.find(BARNET, "not-a-key")).isEmpty();
        assertThat(directory.find(BARNET, "nor-this")).isEmpty();

        // then the directory was asked once more at most
        assertThat(fetches.get()).isLessThanOrEqualTo(2);
    }

    @Test
    void aPublishedKeyWhoseKidIsNotItsThumbprintIsIgnored() {
        // given Barnet's directory names its key with another key's kid
        published.set(List.of(new RSAKey.Builder(before.publicKey())
                .keyID(after.kid())
                .keyUse(KeyUse.ENCRYPTION)
                .build()));

        // then no key is taken from it
        assertThat(directory.find(BARNET, null)).isEmpty();
        assertThat(directory.find(BARNET, after.kid())).isEmpty();
    }

    @Test
    void aDirectoryThatCannotBeReachedIsUnavailableNotAMissingKey() {
        // given Barnet's referrals service is down
        barnet.stop(0);

        // then
        assertThatThrownBy(() -> directory.find(BARNET, null)).isInstanceOf(KeyDirectory.Unavailable.class);
        assertThat(directory.lists(BARNET)).isTrue();
        assertThat(directory.lists(Borough.of("enfield"))).isFalse();
    }

    private void later(Duration duration) {
        now.updateAndGet(t -> t.plus(duration));
    }

    private HttpServer serve() {
        try {
            HttpServer server = HttpServer.create(new InetSocketAddress("localhost", 0), 0);
            server.createContext("/.well-known/sanctuary/boroughs/barnet/keys", exchange -> {
                fetches.incrementAndGet();
                byte[] body = new JWKSet(published.get()).toString().getBytes(StandardCharsets.UTF_8);
                exchange.getResponseHeaders().set("Content-Type", "application/jwk-set+json");
                exchange.sendResponseHeaders(200, body.length);
                exchange.getResponseBody().write(body);
                exchange.close();
            });
            server.start();
            return server;
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    private static JWK jwk(BoroughKey key) {
        return new RSAKey.Builder(key.publicKey())
                .keyID(key.kid())
                .keyUse(KeyUse.ENCRYPTION)
                .build();
    }

    private static BoroughKey key() {
        return BoroughKey.of((RSAPublicKey) TestKeys.newPair().getPublic());
    }
}
