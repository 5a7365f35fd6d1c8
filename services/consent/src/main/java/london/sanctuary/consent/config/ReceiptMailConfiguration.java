package london.sanctuary.consent.config;

import io.github.resilience4j.circuitbreaker.CircuitBreakerRegistry;
import io.github.resilience4j.retry.RetryRegistry;
import java.time.Clock;
import london.sanctuary.consent.link.LinkPost;
import london.sanctuary.consent.link.notify.NotifyLinkPost;
import london.sanctuary.consent.link.notify.UnsentLinks;
import london.sanctuary.consent.participant.ParticipantLookup;
import london.sanctuary.consent.receipt.ReceiptMail;
import london.sanctuary.consent.receipt.ReceiptPost;
import london.sanctuary.consent.receipt.ReceiptSends;
import london.sanctuary.consent.receipt.Receipts;
import london.sanctuary.consent.receipt.notify.NotifyOutage;
import london.sanctuary.consent.receipt.notify.NotifyReceiptPost;
import london.sanctuary.consent.receipt.notify.UnsentReceipts;
import london.sanctuary.consent.receipt.persistence.MongoReceiptSends;
import london.sanctuary.platform.notify.NotificationClientGateway;
import london.sanctuary.platform.notify.NotifyGateway;
import london.sanctuary.platform.notify.ResilientNotifyGateway;
import london.sanctuary.platform.problem.ProblemAnswer;
import london.sanctuary.platform.store.BoroughStores;
import org.springframework.boot.autoconfigure.condition.ConditionalOnExpression;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.MessageSource;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Emailed receipts and texted personal links: through GOV.UK Notify when {@code sanctuary.consent.notify.api-key} is set, else recorded
 * (audit trail and a log line) and not sent. Decision 0035. Either way at most {@code
 * sanctuary.consent.receipt-email.per-person} receipts per person within {@code .window} ({@link ReceiptLimitSettings}).
 */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(ReceiptLimitSettings.class)
class ReceiptMailConfiguration {

    @Bean
    ReceiptSends receiptSends(BoroughStores stores, ReceiptLimitSettings limit) {
        return new MongoReceiptSends(stores, limit.perPerson(), limit.window());
    }

    @Bean
    ReceiptMail receiptMail(
            Receipts receipts, ParticipantLookup lookup, ReceiptPost post, ReceiptSends sends, Clock clock) {
        return new ReceiptMail(receipts, lookup, post, sends, clock);
    }

    @Bean
    ProblemAnswer notifyOutage() {
        return new NotifyOutage();
    }

    @Configuration(proxyBeanMethods = false)
    @ConditionalOnExpression("'${sanctuary.consent.notify.api-key:}' == ''")
    static class Unsent {

        @Bean
        ReceiptPost receiptPost() {
            return new UnsentReceipts();
        }

        @Bean
        LinkPost linkPost() {
            return new UnsentLinks();
        }
    }

    @Configuration(proxyBeanMethods = false)
    @ConditionalOnExpression("'${sanctuary.consent.notify.api-key:}' != ''")
    @EnableConfigurationProperties(ReceiptNotifySettings.class)
    static class GovUkNotify {

        @Bean
        NotifyGateway notifyGateway(
                ReceiptNotifySettings settings, CircuitBreakerRegistry breakers, RetryRegistry retries) {
            NotificationClientGateway client =
                    settings.baseUrl() == null || settings.baseUrl().isBlank()
                            ? new NotificationClientGateway(settings.apiKey())
                            : new NotificationClientGateway(settings.apiKey(), settings.baseUrl());
            return ResilientNotifyGateway.of(client, breakers, retries);
        }

        @Bean
        ReceiptPost receiptPost(ReceiptNotifySettings settings, NotifyGateway notify) {
            return new NotifyReceiptPost(notify, settings.receiptTemplateId());
        }

        @Bean
        LinkPost linkPost(ReceiptNotifySettings settings, NotifyGateway notify, MessageSource wording) {
            return new NotifyLinkPost(notify, settings.linkTemplateId(), wording);
        }
    }
}
