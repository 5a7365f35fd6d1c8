package london.sanctuary.consent.receipt;

import java.text.MessageFormat;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.ResourceBundle;
import java.util.stream.Collectors;

/**
 * A consent receipt in words, in its language ({@link ConsentReceipt#language()}), from the bundle
 * {@code notices/receipt} (English, Arabic; any other language falls back to English). Names no person.
 */
public record ReceiptText(String subject, String message) {

    private static final String BUNDLE = "notices.receipt";
    private static final ZoneId LONDON = ZoneId.of("Europe/London");
    private static final ResourceBundle.Control NO_DEFAULT_LOCALE =
            ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES);

    @Override
    public String toString() {
        return "ReceiptText[hidden]";
    }

    static ReceiptText of(ConsentReceipt receipt) {
        ResourceBundle words =
                ResourceBundle.getBundle(BUNDLE, Locale.forLanguageTag(receipt.language()), NO_DEFAULT_LOCALE);
        Locale written = words.getLocale().getLanguage().isEmpty() ? Locale.UK : words.getLocale();
        DateTimeFormatter day = DateTimeFormatter.ofPattern(words.getString("format.day"), written);
        String borough = receipt.piiControllers().get(0).piiController();
        String purposes = receipt.services().stream()
                .flatMap(s -> s.purposes().stream())
                .map(p -> format(
                        words,
                        written,
                        "line",
                        words.getString(p.purpose()),
                        words.getString(p.status()),
                        on(day, p.grantedAt())))
                .collect(Collectors.joining("\n"));
        return new ReceiptText(
                format(words, written, "subject", borough),
                format(
                        words,
                        written,
                        "message",
                        borough,
                        purposes,
                        receipt.receiptId(),
                        on(day, receipt.issuedAt()),
                        receipt.policyUrl()));
    }

    private static String on(DateTimeFormatter day, Instant at) {
        return day.format(at.atZone(LONDON));
    }

    private static String format(ResourceBundle words, Locale locale, String key, Object... values) {
        return new MessageFormat(words.getString(key), locale).format(values);
    }
}
