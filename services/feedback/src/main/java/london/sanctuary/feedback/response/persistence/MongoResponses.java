package london.sanctuary.feedback.response.persistence;

import java.util.List;
import java.util.Optional;
import java.util.UUID;
import london.sanctuary.contracts.Borough;
import london.sanctuary.contracts.CaptureMethod;
import london.sanctuary.contracts.Language;
import london.sanctuary.contracts.ParticipantRef;
import london.sanctuary.feedback.form.Answers;
import london.sanctuary.feedback.form.FormId;
import london.sanctuary.feedback.response.Response;
import london.sanctuary.feedback.response.ResponseId;
import london.sanctuary.feedback.response.Responses;
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
        d.answers = r.answers().byQuestion();
        d.participantRef = r.participantRef().map(ParticipantRef::toString).orElse(null);
        d.themes = r.themes();
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
                new Answers(d.answers == null ? java.util.Map.of() : d.answers),
                d.participantRef == null ? null : ParticipantRef.of(d.participantRef),
                d.themes == null ? List.of() : d.themes,
                d.version);
    }
}
