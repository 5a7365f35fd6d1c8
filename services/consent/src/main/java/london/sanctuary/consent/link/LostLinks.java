package london.sanctuary.consent.link;

import java.time.Clock;
import java.util.List;
import java.util.concurrent.Executor;
import java.util.concurrent.RejectedExecutionException;
import java.util.function.Predicate;
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
 * One number is texted only so often ({@code mayText}, asked with the number's keyed hash, never the number), and when
 * {@code sending} has no room left the request is dropped: the answer is the same again, so neither reveals anything.
 */
public final class LostLinks {

    private static final Logger log = LoggerFactory.getLogger(LostLinks.class);

    private final Participants participants;
    private final SearchKeys keys;
    private final LinkTexts texts;
    private final List<Borough> served;
    private final Executor sending;
    private final Predicate<String> mayText;
    private final Clock clock;

    public LostLinks(
            Participants participants,
            SearchKeys keys,
            LinkTexts texts,
            List<Borough> served,
            Executor sending,
            Predicate<String> mayText,
            Clock clock) {
        this.participants = participants;
        this.keys = keys;
        this.texts = texts;
        this.served = List.copyOf(served);
        this.sending = sending;
        this.mayText = mayText;
        this.clock = clock;
    }

    /** Whether {@code typed} looks like a phone number at all (six digits or more), which the form may say. */
    public boolean looksLikeAPhone(String typed) {
        return !served.isEmpty() && keys.phoneHash(served.get(0), typed) != null;
    }

    /** Texts a new link, if the number is found and not texted too often of late, when the queue has room. */
    public void resend(String typed) {
        String number = served.isEmpty() ? null : keys.phoneHash(served.get(0), typed);
        if (number == null || !mayText.test(number)) {
            return;
        }
        try {
            sending.execute(() -> textTheOneWith(typed));
        } catch (RejectedExecutionException full) {
            log.warn("A lost link was not queued: too many texts waiting");
        }
    }

    private void textTheOneWith(String typed) {
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
    }

    private Stream<Participant> withPhone(Borough borough, String typed) {
        String phone = keys.phoneHash(borough, typed);
        return phone == null ? Stream.empty() : participants.withIndex(borough, List.of(), phone, 2).stream();
    }
}
