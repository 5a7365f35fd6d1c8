package london.sanctuary.platform.pages.council;

import java.util.Map;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * {@code sanctuary.pages.councils.<borough code>.*}: a borough's council details for the public pages' footer,
 * each field optional; what is not set comes from {@code sanctuary/councils.csv} (name, website) and the
 * defaults of {@link Councils}.
 */
@ConfigurationProperties("sanctuary.pages")
public record CouncilSettings(Map<String, Entry> councils) {

    public CouncilSettings {
        councils = councils == null ? Map.of() : Map.copyOf(councils);
    }

    /** What a borough sets; null where it keeps the default. */
    public record Entry(String name, String website, String privacy, String phone, String email, String address) {}
}
