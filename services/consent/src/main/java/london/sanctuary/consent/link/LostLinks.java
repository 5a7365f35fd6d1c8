package london.sanctuary.consent.link;

import java.time.Clock;
import java.util.List;
import java.util.concurrent.Executor;
import java.util.stream.Stream;
import london.sanctuary.consent.participant.Participant;
import london.sanctuary.consent.participant.Participants;
import london.sanctuary.consent.participant.SearchKeys;
import london.sanctuary.contracts.Borough;
import london.sanctuary.contracts.ConsentPurpose;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * "Lost your link?": a new link texted to the phone number someone types, when exactly one living person of the
 * boroughs served here has it on record and holds {@code RECONTACT}. The caller learns nothing either way: the
 * answer is the same, and the text goes out on {@code sending}, so the answer takes no longer when someone is found.
 */
public final class LostLinks {

    private static final Logger log = LoggerFactory.getLogger(LostLinks.class);

    private final Participants participants;
    private final SearchKeys keys;
    private final LinkTexts texts;
    private final List<Borough> served;
    private final Executor sending;
    private final Clock clock;

    public LostLinks(
            Participants participants,
            SearchKeys keys,
            LinkTexts texts,
            List<Borough> served,
            Executor sending,
            Clock clock) {
        this.participants = participants;
        this.keys = keys;
        this.texts = texts;
        this.served = List.copyOf(served);
        this.sending = sending;
        this.clock = clock;
    }

    /** Whether {@code typed} looks like a phone number at all (six digits or more), which the form may say. */
    public boolean looksLikeAPhone(String typed) {
        return !served.isEmpty() && keys.phoneHash(served.get(0), typed) != null;
    }

    public void resend(String typed) {
        sending.execute(() -> {
            List<Participant> found = served.stream()
                    .flatMap(borough -> withPhone(borough, typed))
                    .filter(p -> p.check(ConsentPurpose.RECONTACT, clock).holds())
                    .limit(2)
                    .toList();
            if (found.size() == 1) {
                try {
                    texts.text(found.get(0).borough(), found.get(0).ref());
                } catch (RuntimeException e) {
                    log.warn("A lost link was not texted ({})", e.getClass().getSimpleName());
                }
            }
        });
    }

    private Stream<Participant> withPhone(Borough borough, String typed) {
        String phone = keys.phoneHash(borough, typed);
        return phone == null ? Stream.empty() : participants.withIndex(borough, List.of(), phone, 2).stream();
    }
}
