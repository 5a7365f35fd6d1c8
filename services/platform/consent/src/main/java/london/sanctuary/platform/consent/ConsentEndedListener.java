package london.sanctuary.platform.consent;

import java.util.List;
import london.sanctuary.contracts.ConsentPurpose;
import london.sanctuary.contracts.refusal.StaleVersion;
import org.springframework.context.event.EventListener;
import org.springframework.dao.OptimisticLockingFailureException;

/**
 * Hears the ledger's {@link ConsentChanged} and tells each of the service's {@link WhenConsentEnds} whose purpose it
 * ends. A change that raced another write (an officer's edit) is applied again, a few times; any other failure goes
 * back to the ledger's consumer, whose retry announces the change again.
 */
public class ConsentEndedListener {

    private static final int ATTEMPTS = 5;
    private final List<WhenConsentEnds> services;

    ConsentEndedListener(List<WhenConsentEnds> services) {
        this.services = List.copyOf(services);
    }

    @EventListener
    public void on(ConsentChanged change) {
        for (WhenConsentEnds service : services) {
            for (ConsentPurpose purpose : service.purposes()) {
                if (change.ends(purpose)) {
                    tell(service.then(), change, purpose);
                }
            }
        }
    }

    private static void tell(WhenConsentEnds.Then then, ConsentChanged change, ConsentPurpose purpose) {
        for (int attempt = 1; ; attempt++) {
            try {
                then.ended(change.borough(), change.participantRef(), purpose, change.erased());
                return;
            } catch (OptimisticLockingFailureException | StaleVersion raced) {
                if (attempt == ATTEMPTS) {
                    throw raced;
                }
            }
        }
    }
}
