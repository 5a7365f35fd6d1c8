package london.sanctuary.workspace.sessions;

import java.util.List;
import java.util.Optional;
import london.sanctuary.workspace.services.ServiceClients;
import london.sanctuary.workspace.services.ServiceRefusal;
import org.springframework.stereotype.Component;

/** {@link PeopleFinder} over the consent API's search and participant record, with the signed-in person's token. */
@Component
class ConsentPeopleFinder implements PeopleFinder {

    private final ServiceClients clients;

    ConsentPeopleFinder(ServiceClients clients) {
        this.clients = clients;
    }

    @Override
    public List<Person> search(String borough, String query) {
        Found found = clients.of("consent")
                .get()
                .uri("/api/boroughs/{b}/participants?q={q}&limit=20", borough, query)
                .retrieve()
                .body(Found.class);
        return found == null || found.items() == null ? List.of() : found.items();
    }

    @Override
    public Optional<String> nameOf(String borough, String participantRef) {
        try {
            Person person = clients.of("consent")
                    .get()
                    .uri("/api/boroughs/{b}/participants/{ref}", borough, participantRef)
                    .retrieve()
                    .body(Person.class);
            return Optional.ofNullable(person).map(Person::name);
        } catch (ServiceRefusal gone) {
            return Optional.empty(); // erased or withdrawn: the page shows the reference
        }
    }

    /** The search's answer. */
    record Found(List<Person> items) {}
}
