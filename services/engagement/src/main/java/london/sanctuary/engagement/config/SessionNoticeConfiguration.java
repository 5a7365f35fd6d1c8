package london.sanctuary.engagement.config;

import io.github.resilience4j.circuitbreaker.CircuitBreakerRegistry;
import io.github.resilience4j.retry.RetryRegistry;
import london.sanctuary.engagement.session.SessionNotices;
import london.sanctuary.engagement.session.notify.LocalSessionNotices;
import london.sanctuary.engagement.session.notify.NotifySessionNotices;
import london.sanctuary.platform.borough.ServedBoroughs;
import london.sanctuary.platform.notify.ConsentContactDirectory;
import london.sanctuary.platform.notify.ContactDirectory;
import london.sanctuary.platform.notify.NoContacts;
import london.sanctuary.platform.notify.NotificationClientGateway;
import london.sanctuary.platform.notify.ResilientNotifyGateway;
import london.sanctuary.platform.store.BoroughStores;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.BeanFactory;
import org.springframework.boot.autoconfigure.condition.ConditionalOnExpression;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Which {@link SessionNotices} adapter runs: GOV.UK Notify when {@code sanctuary.engagement.notify.api-key} is set
 * (each notice recorded locally too), else the local record alone ({@code notices_sent}). Decision 0035.
 */
class SessionNoticeConfiguration {

    private static final Logger log = LoggerFactory.getLogger(SessionNoticeConfiguration.class);

    private SessionNoticeConfiguration() {}

    @Configuration(proxyBeanMethods = false)
    @ConditionalOnExpression("'${sanctuary.engagement.notify.api-key:}' == ''")
    static class Local {

        @Bean
        SessionNotices sessionNotices(BoroughStores stores) {
            return new LocalSessionNotices(stores);
        }
    }

    @Configuration(proxyBeanMethods = false)
    @ConditionalOnExpression("'${sanctuary.engagement.notify.api-key:}' != ''")
    @EnableConfigurationProperties(EngagementSettings.class)
    static class GovUkNotify {

        @Bean
        SessionNotices sessionNotices(
                BoroughStores stores,
                EngagementSettings settings,
                ServedBoroughs served,
                BeanFactory beans,
                CircuitBreakerRegistry breakers,
                RetryRegistry retries) {
            EngagementSettings.Notify notify = settings.govukNotify();
            NotificationClientGateway client = notify.baseUrl() == null
                    ? new NotificationClientGateway(notify.apiKey())
                    : new NotificationClientGateway(notify.apiKey(), notify.baseUrl());
            log.info("Session notices go through GOV.UK Notify ({})", notify);
            return new NotifySessionNotices(
                    new LocalSessionNotices(stores),
                    contacts(settings, served, beans),
                    ResilientNotifyGateway.of(client, breakers, retries),
                    new NotifySessionNotices.Templates(notify.smsTemplateId(), notify.emailTemplateId()));
        }

        private static ContactDirectory contacts(
                EngagementSettings settings, ServedBoroughs served, BeanFactory beans) {
            if (settings.consentUrl() == null) {
                log.warn("Contact lookup is off (sanctuary.engagement.consent-url is not set): session notices"
                        + " through GOV.UK Notify will find no one to send to");
                return new NoContacts();
            }
            return ConsentContactDirectory.wired(
                    "engagement",
                    new ConsentContactDirectory.ConsentUrl(
                            settings.consentUrl(), "sanctuary.engagement.consent-url", settings.consentTimeout()),
                    served,
                    beans);
        }
    }
}
