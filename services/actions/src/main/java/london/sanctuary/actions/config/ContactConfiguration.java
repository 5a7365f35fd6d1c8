package london.sanctuary.actions.config;

import london.sanctuary.platform.borough.ServedBoroughs;
import london.sanctuary.platform.notify.ConsentContactDirectory;
import london.sanctuary.platform.notify.ContactDirectory;
import london.sanctuary.platform.notify.NoContacts;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.BeanFactory;
import org.springframework.boot.autoconfigure.condition.ConditionalOnExpression;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Which {@link ContactDirectory} runs: the consent service's contact lookup when
 * {@code sanctuary.actions.consent-url} is set (each served borough's service client registered as
 * {@code spring.security.oauth2.client.registration.<borough>-service}, client credentials), else one that finds
 * nobody.
 */
class ContactConfiguration {

    private static final Logger log = LoggerFactory.getLogger(ContactConfiguration.class);

    private ContactConfiguration() {}

    @Configuration(proxyBeanMethods = false)
    @ConditionalOnExpression("'${sanctuary.actions.consent-url:}' != ''")
    static class ThroughConsent {

        @Bean
        ContactDirectory contactDirectory(ActionsSettings settings, ServedBoroughs served, BeanFactory beans) {
            return ConsentContactDirectory.wired(
                    "actions",
                    new ConsentContactDirectory.ConsentUrl(
                            settings.consentUrl(), "sanctuary.actions.consent-url", settings.consentTimeout()),
                    served,
                    beans);
        }
    }

    @Configuration(proxyBeanMethods = false)
    @ConditionalOnExpression("'${sanctuary.actions.consent-url:}' == ''")
    static class Off {

        @Bean
        ContactDirectory contactDirectory() {
            log.info("Contact lookup is off (sanctuary.actions.consent-url is not set): notices through GOV.UK"
                    + " Notify will find no one to send to");
            return new NoContacts();
        }
    }
}
