package london.sanctuary.workspace.actions;

import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import london.sanctuary.workspace.responses.ResponseBook;
import london.sanctuary.workspace.services.ServiceClients;
import london.sanctuary.workspace.services.ServiceRefusal;
import london.sanctuary.workspace.services.ServiceUnavailable;
import org.springframework.core.ParameterizedTypeReference;
import org.springframework.stereotype.Component;

/** {@link QuoteSource} over the feedback API with the signed-in person's token; the labels through the responses port. */
@Component
class FeedbackQuoteSource implements QuoteSource {

    private final ServiceClients clients;
    private final ResponseBook responses;

    FeedbackQuoteSource(ServiceClients clients, ResponseBook responses) {
        this.clients = clients;
        this.responses = responses;
    }

    @Override
    public List<Quotable> quotable(String borough, String theme) {
        return clients.of("feedback")
                .get()
                .uri("/api/boroughs/{b}/quotable-answers?theme={t}&limit=500", borough, theme)
                .retrieve()
                .body(new ParameterizedTypeReference<List<Quotable>>() {});
    }

    @Override
    public Map<String, String> themeLabels(String borough) {
        try {
            return responses.themes(borough, true).stream()
                    .collect(Collectors.toMap(
                            ResponseBook.FeedbackTheme::code, ResponseBook.FeedbackTheme::label, (a, b) -> a));
        } catch (ServiceRefusal | ServiceUnavailable e) {
            // the labels only dress the page: without them it shows the codes rather than failing
            return Map.of();
        }
    }
}
