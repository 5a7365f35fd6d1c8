package london.sanctuary.actions.config;

import io.github.resilience4j.circuitbreaker.CircuitBreakerRegistry;
import io.github.resilience4j.retry.RetryRegistry;
import java.time.Clock;
import london.sanctuary.actions.loop.LoopNotices;
import london.sanctuary.actions.loop.NoticeHistory;
import london.sanctuary.actions.loop.NoticesSent;
import london.sanctuary.actions.loop.OnceEach;
import london.sanctuary.actions.loop.notify.NotifyLoopNotices;
import london.sanctuary.actions.loop.persistence.RecordedLoopNotices;
import london.sanctuary.platform.notify.ContactDirectory;
import london.sanctuary.platform.notify.NotificationClientGateway;
import london.sanctuary.platform.notify.ResilientNotifyGateway;
import london.sanctuary.platform.store.BoroughStores;
import org.springframework.boot.autoconfigure.condition.ConditionalOnExpression;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Which {@link LoopNotices} adapter runs: GOV.UK Notify when {@code sanctuary.actions.notify.api-key} is set,
 * else the local record of what would be sent ({@code notices_sent}).
 */
class NoticeConfiguration {

    private NoticeConfiguration() {}

    @Configuration(proxyBeanMethods = false)
    @ConditionalOnExpression("'${sanctuary.actions.notify.api-key:}' == ''")
    static class Local {

        @Bean
        RecordedLoopNotices recordedLoopNotices(BoroughStores stores, Clock clock) {
            return new RecordedLoopNotices(stores, clock);
        }
    }

    @Configuration(proxyBeanMethods = false)
    @ConditionalOnExpression("'${sanctuary.actions.notify.api-key:}' != ''")
    static class GovUkNotify {

        /** The same log, as erasure forgets a participant's rows in it. */
        @Bean
        NoticesSent noticesSent(BoroughStores stores, Clock clock) {
            return new RecordedLoopNotices(stores, clock)::forget;
        }

        /** The same log, as a participant's subject access request reads it. */
        @Bean
        NoticeHistory noticeHistory(BoroughStores stores, Clock clock) {
            return new RecordedLoopNotices(stores, clock)::toldTo;
        }

        /** Notify, behind the log of notices sent, so a retried close never texts anyone twice. */
        @Bean
        OnceEach notifyLoopNotices(
                BoroughStores stores,
                Clock clock,
                ContactDirectory contacts,
                ActionsSettings settings,
                CircuitBreakerRegistry breakers,
                RetryRegistry retries) {
            ActionsSettings.Notify notify = settings.govukNotify();
            return new OnceEach(new RecordedLoopNotices(stores, clock), notify(contacts, notify, breakers, retries));
        }

        private static NotifyLoopNotices notify(
                ContactDirectory contacts,
                ActionsSettings.Notify notify,
                CircuitBreakerRegistry breakers,
                RetryRegistry retries) {
            return new NotifyLoopNotices(
                    contacts,
                    ResilientNotifyGateway.of(new NotificationClientGateway(notify.apiKey()), breakers, retries),
                    notify.smsTemplateId(),
                    notify.emailTemplateId());
        }
    }
}
