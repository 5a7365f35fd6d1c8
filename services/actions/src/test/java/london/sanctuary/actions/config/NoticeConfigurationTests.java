package london.sanctuary.actions.config;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.Mockito.mock;

import io.github.resilience4j.circuitbreaker.CircuitBreakerRegistry;
import io.github.resilience4j.retry.RetryRegistry;
import java.time.Clock;
import java.util.List;
import london.sanctuary.actions.loop.LoopNotices;
import london.sanctuary.actions.loop.OnceEach;
import london.sanctuary.actions.loop.persistence.RecordedLoopNotices;
import london.sanctuary.platform.borough.ServedBoroughs;
import london.sanctuary.platform.notify.ConsentContactDirectory;
import london.sanctuary.platform.notify.ContactDirectory;
import london.sanctuary.platform.notify.NoContacts;
import london.sanctuary.platform.store.BoroughStores;
import org.junit.jupiter.api.Test;
import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.security.oauth2.client.autoconfigure.OAuth2ClientAutoConfiguration;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

class NoticeConfigurationTests {

    final ApplicationContextRunner context = new ApplicationContextRunner()
            .withUserConfiguration(
                    Given.class,
                    NoticeConfiguration.Local.class,
                    NoticeConfiguration.GovUkNotify.class,
                    ContactConfiguration.ThroughConsent.class,
                    ContactConfiguration.Off.class);

    @Test
    void withoutANotifyKeyNoticesAreRecordedLocally() {
        context.run(ctx -> assertThat(ctx.getBean(LoopNotices.class)).isInstanceOf(RecordedLoopNotices.class));
    }

    @Test
    void anEmptyNotifyKeyCountsAsNone() {
        context.withPropertyValues("sanctuary.actions.notify.api-key=")
                .run(ctx -> assertThat(ctx.getBean(LoopNotices.class)).isInstanceOf(RecordedLoopNotices.class));
    }

    @Test
    void withANotifyKeyNoticesGoThroughGovUkNotify() {
        context.withPropertyValues(
                        // Notify's client checks the key's shape: a name, then a service id and a secret (UUIDs).
                        "sanctuary.actions.notify.api-key=test-11111111-1111-1111-1111-111111111111"
                                + "-22222222-2222-2222-2222-222222222222",
                        "sanctuary.actions.notify.sms-template-id=33333333-3333-3333-3333-333333333333")
                .run(ctx -> assertThat(ctx.getBean(LoopNotices.class)).isInstanceOf(OnceEach.class));
    }

    @Test
    void withoutAConsentUrlNoContactIsLookedUp() {
        context.run(ctx -> assertThat(ctx.getBean(ContactDirectory.class)).isInstanceOf(NoContacts.class));
    }

    @Test
    void withAConsentUrlContactsAreLookedUpThroughTheBoroughsServiceClient() {
        context.withPropertyValues(
                        "sanctuary.actions.consent-url=http://127.0.0.1:1",
                        "spring.security.oauth2.client.registration.newham-service.client-id=newham-service",
                        "spring.security.oauth2.client.registration.newham-service.client-secret=s",
                        "spring.security.oauth2.client.registration.newham-service.authorization-grant-type="
                                + "client_credentials",
                        "spring.security.oauth2.client.registration.newham-service.provider=sanctuary",
                        "spring.security.oauth2.client.provider.sanctuary.token-uri=http://127.0.0.1:1/oauth2/token")
                .withConfiguration(AutoConfigurations.of(OAuth2ClientAutoConfiguration.class))
                .run(ctx ->
                        assertThat(ctx.getBean(ContactDirectory.class)).isInstanceOf(ConsentContactDirectory.class));
    }

    @Test
    void aConsentUrlWithoutClientRegistrationsFailsAtStart() {
        context.withPropertyValues("sanctuary.actions.consent-url=http://127.0.0.1:1")
                .run(ctx -> assertThat(ctx)
                        .getFailure()
                        .rootCause()
                        .hasMessageContaining("spring.security.oauth2.client.registration.<borough>-service"));
    }

    @Configuration(proxyBeanMethods = false)
    @EnableConfigurationProperties(ActionsSettings.class)
    static class Given {

        @Bean
        ServedBoroughs servedBoroughs() {
            return new ServedBoroughs(List.of("newham"));
        }

        @Bean
        BoroughStores boroughStores() {
            return mock(BoroughStores.class);
        }

        @Bean
        Clock clock() {
            return Clock.systemUTC();
        }

        @Bean
        CircuitBreakerRegistry circuitBreakerRegistry() {
            return CircuitBreakerRegistry.ofDefaults();
        }

        @Bean
        RetryRegistry retryRegistry() {
            return RetryRegistry.ofDefaults();
        }
    }
}
