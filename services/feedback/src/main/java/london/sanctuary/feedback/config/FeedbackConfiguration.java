package london.sanctuary.feedback.config;

import java.time.Clock;
import java.util.Set;
import london.sanctuary.contracts.ConsentPurpose;
import london.sanctuary.feedback.form.FormDesk;
import london.sanctuary.feedback.form.Forms;
import london.sanctuary.feedback.form.persistence.MongoForms;
import london.sanctuary.feedback.form.web.FeedbackSettings;
import london.sanctuary.feedback.quote.QuotableAnswers;
import london.sanctuary.feedback.quote.QuoteConsent;
import london.sanctuary.feedback.response.LinkConsent;
import london.sanctuary.feedback.response.ResponseDesk;
import london.sanctuary.feedback.response.ResponseUnlinking;
import london.sanctuary.feedback.response.Responses;
import london.sanctuary.feedback.response.persistence.MongoResponses;
import london.sanctuary.feedback.theme.ThemeCatalogue;
import london.sanctuary.feedback.theme.Themes;
import london.sanctuary.feedback.theme.persistence.MongoThemes;
import london.sanctuary.platform.consent.ConsentLedger;
import london.sanctuary.platform.consent.WhenConsentEnds;
import london.sanctuary.platform.store.BoroughStores;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** Wires the plain-Java features to their stores and to the consent ledger: the domain knows no Spring. */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(FeedbackSettings.class)
class FeedbackConfiguration {

    @Bean
    Forms forms(BoroughStores stores) {
        return new MongoForms(stores);
    }

    @Bean
    Responses responses(BoroughStores stores) {
        return new MongoResponses(stores);
    }

    @Bean
    Themes themes(BoroughStores stores) {
        return new MongoThemes(stores);
    }

    @Bean
    FormDesk formDesk(Forms forms, Responses responses, Clock clock) {
        return new FormDesk(forms, responses::anyOf, clock);
    }

    @Bean
    ThemeCatalogue themeCatalogue(Themes themes) {
        return new ThemeCatalogue(themes);
    }

    @Bean
    LinkConsent linkConsent(ConsentLedger ledger) {
        return (borough, participant, at) -> ledger.holds(borough, participant, ConsentPurpose.LINK_FEEDBACK, at);
    }

    @Bean
    ResponseDesk responseDesk(
            FormDesk forms, Responses responses, ThemeCatalogue themes, LinkConsent consent, Clock clock) {
        return new ResponseDesk(forms, responses, themes, consent, clock);
    }

    /** Quotable only while both hold: PUBLISH_QUOTE to be shown, LINK_FEEDBACK to know whose words they are. */
    @Bean
    QuoteConsent quoteConsent(ConsentLedger ledger) {
        return (borough, participant, at) -> ledger.holds(borough, participant, ConsentPurpose.PUBLISH_QUOTE, at)
                && ledger.holds(borough, participant, ConsentPurpose.LINK_FEEDBACK, at);
    }

    @Bean
    QuotableAnswers quotableAnswers(ResponseDesk responses, FormDesk forms, QuoteConsent consent, Clock clock) {
        return new QuotableAnswers(responses, forms, consent, clock);
    }

    @Bean
    ResponseUnlinking responseUnlinking(ResponseDesk desk) {
        return new ResponseUnlinking(desk);
    }

    @Bean
    WhenConsentEnds whenLinkEnds(ResponseUnlinking unlinking) {
        return new WhenConsentEnds(
                Set.of(ConsentPurpose.LINK_FEEDBACK),
                (borough, person, purpose, erased) -> unlinking.linkEnded(borough, person));
    }
}
