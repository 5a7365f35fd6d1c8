package london.sanctuary.feedback.response.persistence;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import london.sanctuary.contracts.Borough;
import london.sanctuary.contracts.CaptureMethod;
import london.sanctuary.contracts.Language;
import london.sanctuary.contracts.ParticipantRef;
import london.sanctuary.feedback.form.Answers;
import london.sanctuary.feedback.form.FormId;
import london.sanctuary.feedback.response.Response;
import london.sanctuary.feedback.response.ResponseFilter;
import london.sanctuary.feedback.response.ResponseId;
import london.sanctuary.feedback.response.Responses;
import london.sanctuary.feedback.response.Translation;
import london.sanctuary.feedback.response.messaging.ResponseEventContracts;
import london.sanctuary.platform.outbox.AggregateWrites;
import london.sanctuary.platform.store.BoroughStores;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;

/** Responses in each borough's {@code responses} collection, written with their new events in one write. */
public class MongoResponses implements Responses {

    static final String COLLECTION = "responses";
    private final BoroughStores stores;

    public MongoResponses(BoroughStores stores) {
        this.stores = stores;
    }

    @Override
    public Optional<Response> find(Borough borough, ResponseId id) {
        return Optional.ofNullable(stores.of(borough).findById(id.toString(), ResponseDocument.class, COLLECTION))
                .map(MongoResponses::toResponse);
    }

    @Override
    public List<Response> ofForm(Borough borough, FormId form) {
        return find(borough, Query.query(Criteria.where("formId").is(form.toString())));
    }

    @Override
    public boolean anyOf(Borough borough, FormId form) {
        return stores.of(borough).exists(Query.query(Criteria.where("formId").is(form.toString())), COLLECTION);
    }

    @Override
    public List<Response> matching(Borough borough, ResponseFilter filter, Set<FormId> forms) {
        List<Criteria> all = new ArrayList<>();
        if (forms != null) {
            all.add(Criteria.where("formId")
                    .in(forms.stream().map(FormId::toString).toList()));
        }
        if (filter.language() != null) {
            all.add(Criteria.where("language").is(filter.language().tag()));
        }
        if (filter.theme() != null) {
            all.add(Criteria.where("themes").is(filter.theme()));
        }
        if (filter.from() != null || filter.to() != null) {
            all.add(answeredBetween(filter.from(), filter.to()));
        }
        Query query = new Query(all.isEmpty() ? new Criteria() : new Criteria().andOperator(all))
                .with(Sort.by(Sort.Direction.DESC, "answeredOn", "submittedAt", "_id"))
                .limit(filter.limit());
        return stores.of(borough.code()).find(query, ResponseDocument.class, COLLECTION).stream()
                .map(MongoResponses::toResponse)
                .toList();
    }

    /** By the day kept ({@code yyyy-MM-dd} sorts as a date), or by submittedAt on responses stored before it was. */
    private static Criteria answeredBetween(LocalDate from, LocalDate to) {
        Criteria day = Criteria.where("answeredOn");
        Criteria submitted = Criteria.where("submittedAt");
        if (from != null) {
            day = day.gte(from.toString());
            submitted = submitted.gte(from.atStartOfDay(Response.LONDON).toInstant());
        }
        if (to != null) {
            day = day.lte(to.toString());
            submitted =
                    submitted.lt(to.plusDays(1).atStartOfDay(Response.LONDON).toInstant());
        }
        return new Criteria()
                .orOperator(
                        day,
                        new Criteria().andOperator(Criteria.where("answeredOn").exists(false), submitted));
    }

    @Override
    public List<Response> linkedTo(Borough borough, ParticipantRef participant) {
        return find(borough, Query.query(Criteria.where("participantRef").is(participant.toString())));
    }

    @Override
    public long save(Response response) {
        ResponseDocument d = toDocument(response);
        return AggregateWrites.write(stores.of(d.borough), COLLECTION, d, d.id, response.version());
    }

    private List<Response> find(Borough borough, Query query) {
        return stores
                .of(borough.code())
                .find(query.with(Sort.by("submittedAt", "_id")), ResponseDocument.class, COLLECTION)
                .stream()
                .map(MongoResponses::toResponse)
                .toList();
    }

    static ResponseDocument toDocument(Response r) {
        ResponseDocument d = new ResponseDocument();
        d.id = r.id().toString();
        d.version = r.version();
        d.borough = r.borough().code();
        d.formId = r.formId().toString();
        d.language = r.language().tag();
        d.captureMethod = r.captureMethod().name();
        d.submittedAt = r.submittedAt();
        d.answeredOn = r.answeredOn().toString();
        d.answers = r.answers().byQuestion();
        d.participantRef = r.participantRef().map(ParticipantRef::toString).orElse(null);
        d.themes = r.themes();
        d.translations = r.translations().isEmpty() ? null : new LinkedHashMap<>();
        r.translations().forEach((question, t) -> {
            ResponseDocument.TranslationDocument td = new ResponseDocument.TranslationDocument();
            td.language = t.language().tag();
            td.text = t.text();
            td.translatedAt = t.translatedAt();
            d.translations.put(question, td);
        });
        d.outbox = ResponseEventContracts.toOutbox(r.recordedEvents());
        return d;
    }

    static Response toResponse(ResponseDocument d) {
        return Response.restore(
                new ResponseId(UUID.fromString(d.id)),
                Borough.of(d.borough),
                new FormId(UUID.fromString(d.formId)),
                Language.of(d.language),
                CaptureMethod.valueOf(d.captureMethod),
                d.submittedAt,
                d.answeredOn == null ? null : LocalDate.parse(d.answeredOn),
                new Answers(d.answers == null ? Map.of() : d.answers),
                translations(d.translations),
                d.participantRef == null ? null : ParticipantRef.of(d.participantRef),
                d.themes == null ? List.of() : d.themes,
                d.version);
    }

    private static Map<String, Translation> translations(Map<String, ResponseDocument.TranslationDocument> stored) {
        Map<String, Translation> translations = new LinkedHashMap<>();
        if (stored != null) {
            stored.forEach((question, t) ->
                    translations.put(question, new Translation(Language.of(t.language), t.text, t.translatedAt)));
        }
        return translations;
    }
}
