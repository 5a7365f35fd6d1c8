package london.sanctuary.workspace.people;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import london.sanctuary.workspace.services.ServiceRefusal;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Primary;

/**
 * The consent service as the people pages see it, in memory, refusing as the service does: a name is required, a
 * stale version is 409 naming {@code version}, another borough's person is 404, the same name and phone warns.
 * Public: the move-on pages find people and read their consent through the same port.
 */
public class FakeConsentRecords implements ConsentRecords {

    /**
     * The one fake of a test JVM, so the static helpers of a feature's fake ({@code FakeMoveOn}) and the contexts that
     * inject it see the same records; a test class that counts people or calls clears them before each test.
     */
    public static final FakeConsentRecords SHARED = new FakeConsentRecords();

    /** The fake as the workspace's consent port: {@code @Import(FakeConsentRecords.Port.class)}. */
    @TestConfiguration(proxyBeanMethods = false)
    public static class Port {
        @Bean
        @Primary
        FakeConsentRecords fakeConsentRecords() {
            return SHARED;
        }
    }

    public final Map<String, Person> people = new ConcurrentHashMap<>();
    final Map<String, String> boroughOf = new ConcurrentHashMap<>();
    public final List<String> calls = new ArrayList<>();
    /** When each person asked, on their own page, to be erased; gone once erased. */
    public final Map<String, Instant> erasureAsked = new ConcurrentHashMap<>();
    /** Receipts e-mailed per person: like the consent service, a fourth is refused (429). */
    final Map<String, Integer> emailed = new ConcurrentHashMap<>();

    public Person add(String borough, String name, String phone, String... languages) {
        return addAs(UUID.randomUUID().toString(), borough, name, phone, languages);
    }

    /** A person with a reference the test chose (the same person on another fake's pages). */
    public Person addAs(String ref, String borough, String name, String phone, String... languages) {
        Person person = new Person(
                ref, name, phone, null, List.of(languages), null, Instant.parse("2026-11-02T10:00:00Z"), List.of(), 1);
        people.put(ref, person);
        boroughOf.put(ref, borough);
        return person;
    }

    @Override
    public List<PersonFound> find(String borough, String q) {
        calls.add("find");
        if (q.length() > 200) {
            throw refused(400, "q", "must be at most 200 characters");
        }
        return people.values().stream()
                .filter(p -> borough.equals(boroughOf.get(p.participantRef())))
                .filter(p ->
                        p.participantRef().equals(q) || p.name().toLowerCase().contains(q.toLowerCase()))
                .map(p -> new PersonFound(p.participantRef(), p.name(), p.preferredLanguages(), p.enrolledAt()))
                .toList();
    }

    @Override
    public String enrol(String borough, PersonDetails details, boolean confirmedNotDuplicate) {
        calls.add("enrol");
        if (details.name() == null || details.name().isBlank()) {
            throw refused(400, "name", "is required");
        }
        if (details.languageTags().isEmpty()) {
            throw refused(400, "preferredLanguages", "name at least one language");
        }
        List<String> same = people.values().stream()
                .filter(p -> p.name().equalsIgnoreCase(details.name())
                        && details.phone() != null
                        && details.phone().equals(p.phone()))
                .map(Person::participantRef)
                .toList();
        if (!same.isEmpty() && !confirmedNotDuplicate) {
            throw new LooksLikeSomeoneEnrolled(same);
        }
        return add(
                        borough,
                        details.name(),
                        details.phone(),
                        details.languageTags().toArray(String[]::new))
                .participantRef();
    }

    @Override
    public Person person(String borough, String ref) {
        Person person = people.get(ref);
        if (person == null || !borough.equals(boroughOf.get(ref))) {
            throw refused(404, null, "Not found");
        }
        return person;
    }

    @Override
    public void changeDetails(String borough, String ref, long version, PersonDetails details) {
        calls.add("change");
        Person p = current(borough, ref, version);
        if (details.email() != null
                && !details.email().isBlank()
                && !details.email().contains("@")) {
            throw refused(400, "email", "is not in a recognised format");
        }
        people.put(
                ref,
                new Person(
                        ref,
                        details.name(),
                        details.phone(),
                        details.email(),
                        details.languageTags(),
                        details.accessNeeds(),
                        p.enrolledAt(),
                        p.consents(),
                        version + 1));
    }

    @Override
    public void grant(String borough, String ref, long version, ConsentGiven consent) {
        calls.add("grant " + consent.purpose() + " " + consent.method() + " " + consent.interpreter());
        Person p = current(borough, ref, version);
        if (consent.noticeVersion() == null || consent.noticeVersion().isBlank()) {
            throw refused(400, "noticeVersion", "must name the version of the notice the participant was given");
        }
        List<Person.ConsentEntry> consents = new ArrayList<>(p.consents());
        consents.add(new Person.ConsentEntry(
                consent.purpose(),
                consent.legalBasis(),
                consent.method(),
                consent.language(),
                blank(consent.interpreter()),
                consent.noticeVersion(),
                "newham.officer1",
                Instant.now(),
                null,
                null,
                consent.method().startsWith("VERBAL"),
                List.of()));
        people.put(ref, with(p, consents));
    }

    @Override
    public void reconfirm(String borough, String ref, long version, String purpose, ConsentGiven confirmation) {
        calls.add("reconfirm " + purpose);
        Person p = current(borough, ref, version);
        List<Person.ConsentEntry> consents = new ArrayList<>();
        for (Person.ConsentEntry c : p.consents()) {
            consents.add(
                    !c.purpose().equals(purpose)
                            ? c
                            : new Person.ConsentEntry(
                                    c.purpose(),
                                    c.legalBasis(),
                                    c.method(),
                                    c.language(),
                                    c.interpreter(),
                                    c.noticeVersion(),
                                    c.recordedBy(),
                                    c.grantedAt(),
                                    c.expiresAt(),
                                    c.withdrawnAt(),
                                    false,
                                    List.of(new Person.Confirmation(
                                            confirmation.method(),
                                            confirmation.language(),
                                            blank(confirmation.interpreter()),
                                            confirmation.noticeVersion(),
                                            "newham.officer1",
                                            Instant.now()))));
        }
        people.put(ref, with(p, consents));
    }

    @Override
    public void withdraw(String borough, String ref, long version, String purpose, String reason) {
        calls.add("withdraw " + purpose);
        Person p = current(borough, ref, version);
        if (p.held(purpose).isEmpty()) {
            throw refused(422, "purpose", "Consent for this purpose is not held");
        }
    }

    @Override
    public Receipt receipt(String borough, String ref) {
        Person p = person(borough, ref);
        return new Receipt(
                UUID.randomUUID().toString(),
                ref,
                p.consents().isEmpty() ? "en" : p.consents().get(0).language(),
                "Newham",
                "E09000025",
                "https://sanctuary.london/privacy/consent",
                "written",
                Instant.now(),
                p.consents().stream()
                        .map(c -> new Receipt.Purpose(
                                c.purpose(),
                                c.legalBasis(),
                                c.method(),
                                c.noticeVersion(),
                                "ACTIVE",
                                c.grantedAt(),
                                null))
                        .toList());
    }

    @Override
    public void emailReceipt(String borough, String ref) {
        calls.add("email-receipt");
        if (person(borough, ref).email() == null) {
            throw refused(
                    422, "email", "there is no e-mail address on this person's record; add one, or print the receipt");
        }
        if (emailed.merge(ref, 1, Integer::sum) > 3) {
            throw refused(
                    429,
                    "email",
                    "this person has been e-mailed their receipt as often as allowed for now; print the receipt, or"
                            + " try again in 42 minutes");
        }
    }

    @Override
    public void erase(String borough, String ref, long version) {
        calls.add("erase");
        current(borough, ref, version);
        people.remove(ref);
        erasureAsked.remove(ref);
    }

    @Override
    public List<ErasureTask> erasureRequests(String borough) {
        calls.add("erasureRequests");
        return erasureAsked.entrySet().stream()
                .filter(e -> borough.equals(boroughOf.get(e.getKey())))
                .map(e -> new ErasureTask(e.getKey(), e.getValue()))
                .sorted(java.util.Comparator.comparing(ErasureTask::askedAt))
                .toList();
    }

    private Person current(String borough, String ref, long version) {
        Person p = person(borough, ref);
        if (p.version() != version) {
            throw refused(409, "version", "The record was changed by someone else; reload it and try again");
        }
        return p;
    }

    private static Person with(Person p, List<Person.ConsentEntry> consents) {
        return new Person(
                p.participantRef(),
                p.name(),
                p.phone(),
                p.email(),
                p.preferredLanguages(),
                p.accessNeeds(),
                p.enrolledAt(),
                consents,
                p.version() + 1);
    }

    private static String blank(String value) {
        return value == null || value.isBlank() ? null : value;
    }

    /** The last link printed, as the consent service would answer it. */
    public volatile String printed;

    @Override
    public void textLink(String borough, String ref) {
        calls.add("text-link");
        if (person(borough, ref).phone() == null) {
            throw refused(422, "delivery", "No phone number is on record: add one, or print a card instead");
        }
    }

    @Override
    public String printLink(String borough, String ref) {
        calls.add("print-link");
        person(borough, ref);
        printed = "http://localhost:8081/public/me/"
                + UUID.randomUUID().toString().replace("-", "") + "0123456789a";
        return printed;
    }

    @Override
    public void endLink(String borough, String ref) {
        calls.add("end-link");
        person(borough, ref);
    }

    private static ServiceRefusal refused(int status, String field, String detail) {
        return new ServiceRefusal("consent", status, Optional.ofNullable(field), detail);
    }
}
