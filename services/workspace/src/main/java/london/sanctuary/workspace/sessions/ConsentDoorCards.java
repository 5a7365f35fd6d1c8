package london.sanctuary.workspace.sessions;

import java.util.Map;
import java.util.Optional;
import london.sanctuary.workspace.services.ServiceClients;
import london.sanctuary.workspace.services.ServiceRefusal;
import org.springframework.http.MediaType;
import org.springframework.stereotype.Component;

/** {@link DoorCards} over the consent API's personal-link routes, with the signed-in officer's token. */
@Component
class ConsentDoorCards implements DoorCards {

    private final ServiceClients clients;

    ConsentDoorCards(ServiceClients clients) {
        this.clients = clients;
    }

    @Override
    public Optional<String> holderOf(String borough, String linkToken) {
        try {
            Holder holder = clients.of("consent")
                    .post()
                    .uri("/api/boroughs/{b}/personal-links/holder", borough)
                    .contentType(MediaType.APPLICATION_JSON)
                    .body(Map.of("token", linkToken))
                    .retrieve()
                    .body(Holder.class);
            return Optional.ofNullable(holder).map(Holder::participantRef);
        } catch (ServiceRefusal nobody) {
            return Optional.empty(); // ended, expired, replaced, erased or another borough's: the same answer
        }
    }

    @Override
    public boolean holdsLiveCard(String borough, String participantRef) {
        try {
            clients.of("consent")
                    .get()
                    .uri("/api/boroughs/{b}/participants/{ref}/personal-link", borough, participantRef)
                    .retrieve()
                    .toBodilessEntity();
            return true;
        } catch (ServiceRefusal none) {
            return false;
        }
    }

    /** Whose card it is. */
    record Holder(String participantRef) {}
}
