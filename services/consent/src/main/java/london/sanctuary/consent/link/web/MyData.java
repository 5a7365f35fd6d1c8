package london.sanctuary.consent.link.web;

import jakarta.annotation.PreDestroy;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import london.sanctuary.consent.link.held.TheirSections;
import london.sanctuary.consent.participant.ParticipantLookup;
import london.sanctuary.consent.participant.web.ParticipantView;
import london.sanctuary.consent.receipt.Receipts;
import london.sanctuary.platform.pages.subjectaccess.SubjectAccessBundle;
import london.sanctuary.platform.pages.subjectaccess.SubjectAccessBundle.Section;
import org.springframework.stereotype.Component;
import tools.jackson.databind.json.JsonMapper;

/**
 * The person's own subject-access bundle, the same sections in the same order as staff's ({@link
 * SubjectAccessBundle}): the profile and consent history and the consents' receipt from this service's store, the
 * rest from the borough's other services ({@link TheirSections}), all asked at once, so the page waits for the slowest
 * service rather than for the sum of them. A section that could not be read now is kept in its place as
 * {@code {"notReadNow": true}} and named in {@link Bundle#notRead()}.
 */
@Component
class MyData {

    private final ParticipantLookup lookup;
    private final Receipts receipts;
    private final TheirSections others;
    private final JsonMapper json;
    private final ExecutorService asking = Executors.newFixedThreadPool(8, task -> {
        Thread thread = new Thread(task, "their-data");
        thread.setDaemon(true);
        return thread;
    });

    MyData(ParticipantLookup lookup, Receipts receipts, TheirSections others, JsonMapper json) {
        this.lookup = lookup;
        this.receipts = receipts;
        this.others = others;
        this.json = json;
    }

    /** The sections by name, in order, and the names of those not read now. */
    record Bundle(Map<String, Object> sections, List<String> notRead) {}

    Bundle of(Opened opened) {
        Map<Section, CompletableFuture<Object>> asked = new LinkedHashMap<>();
        for (Section section : SubjectAccessBundle.SECTIONS) {
            asked.put(
                    section,
                    ofThisService(section)
                            ? CompletableFuture.completedFuture(read(section, opened))
                            : CompletableFuture.supplyAsync(() -> read(section, opened), asking));
        }
        Map<String, Object> sections = new LinkedHashMap<>();
        List<String> notRead = new ArrayList<>();
        asked.forEach((section, answer) -> {
            try {
                sections.put(section.name(), answer.join());
            } catch (CompletionException e) {
                if (!(e.getCause() instanceof TheirSections.NotReadNow)) {
                    throw e.getCause() instanceof RuntimeException cause ? cause : e;
                }
                sections.put(section.name(), Map.of(SubjectAccessBundle.NOT_READ, true));
                notRead.add(section.name());
            }
        });
        return new Bundle(sections, List.copyOf(notRead));
    }

    @PreDestroy
    void stop() {
        asking.shutdownNow();
    }

    private static boolean ofThisService(Section section) {
        return section == SubjectAccessBundle.PROFILE || section == SubjectAccessBundle.CONSENT_RECEIPT;
    }

    private Object read(Section section, Opened opened) {
        if (section == SubjectAccessBundle.PROFILE) {
            return asJson(ParticipantView.of(opened.participant(), lookup.profileOf(opened.participant())));
        }
        if (section == SubjectAccessBundle.CONSENT_RECEIPT) {
            return asJson(receipts.issue(opened.link().borough(), opened.link().participantRef()));
        }
        return others.read(section, opened.link().borough(), opened.link().participantRef());
    }

    /** As the API answers it, so the page and the download read this service's sections as the others'. */
    private Object asJson(Object answer) {
        return json.convertValue(answer, Map.class);
    }
}
