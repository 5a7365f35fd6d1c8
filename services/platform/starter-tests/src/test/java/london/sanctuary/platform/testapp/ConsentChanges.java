package london.sanctuary.platform.testapp;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import london.sanctuary.platform.consent.ConsentChanged;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/** What a feature listening for consent changes would hear. */
@Component
public class ConsentChanges {

    public final List<ConsentChanged> heard = new CopyOnWriteArrayList<>();

    @EventListener
    void on(ConsentChanged change) {
        heard.add(change);
    }
}
