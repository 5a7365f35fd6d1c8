package london.sanctuary.consent.config;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * GOV.UK Notify for emailed consent receipts: receipts are sent only when {@code api-key} is set.
 *
 * @param apiKey Notify's API key, from a secret store
 * @param baseUrl Notify's base URL; unset, Notify itself
 * @param receiptTemplateId the email template, with {@code ((subject))} and {@code ((message))}
 * @param linkTemplateId the SMS template of the personal link, with {@code ((message))}
 */
@ConfigurationProperties("sanctuary.consent.notify")
record ReceiptNotifySettings(String apiKey, String baseUrl, String receiptTemplateId, String linkTemplateId) {

    @Override
    public String toString() {
        return "ReceiptNotifySettings[baseUrl=" + baseUrl + ", receiptTemplateId=" + receiptTemplateId
                + ", linkTemplateId=" + linkTemplateId + ", apiKey=hidden]";
    }
}
