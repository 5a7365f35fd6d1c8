package london.sanctuary.actions.feedback.persistence;

import java.time.Instant;
import java.util.Collection;
import java.util.Date;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import london.sanctuary.actions.feedback.HeardFeedback;
import london.sanctuary.actions.feedback.HeardResponse;
import london.sanctuary.contracts.Borough;
import london.sanctuary.contracts.Language;
import london.sanctuary.platform.inbox.BatchEffect;
import london.sanctuary.platform.store.BoroughStores;
import org.bson.Document;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;

/**
 * Heard responses in each borough's {@code heard_feedback} collection, one document per response; each change a
 * {@code $set} upsert keyed by the response, so applying one twice has the effect of once.
 */
public class MongoHeardFeedback implements HeardFeedback {

    static final String COLLECTION = "heard_feedback";
    private static final String REF = "participantRef";
    private final BoroughStores stores;

    public MongoHeardFeedback(BoroughStores stores) {
        this.stores = stores;
    }

    @Override
    public void submitted(
            Borough borough,
            UUID responseId,
            UUID formId,
            UUID participantRef,
            Language language,
            Instant submittedAt) {
        upsert(borough, responseId, submission(formId, participantRef, language, submittedAt));
    }

    @Override
    public void themed(Borough borough, UUID responseId, UUID formId, List<String> themes) {
        upsert(borough, responseId, theming(formId, themes));
    }

    /** {@link #submitted} as an upsert a batch of events sends with its others in one bulk write (decision 0060). */
    public BatchEffect.Upsert whenSubmitted(
            Borough borough,
            UUID responseId,
            UUID formId,
            UUID participantRef,
            Language language,
            Instant submittedAt) {
        return BatchEffect.upsert(
                borough, COLLECTION, byId(responseId), submission(formId, participantRef, language, submittedAt));
    }

    /** {@link #themed} as an upsert a batch of events sends with its others in one bulk write (decision 0060). */
    public BatchEffect.Upsert whenThemed(Borough borough, UUID responseId, UUID formId, List<String> themes) {
        return BatchEffect.upsert(borough, COLLECTION, byId(responseId), theming(formId, themes));
    }

    private static Update submission(UUID formId, UUID participantRef, Language language, Instant submittedAt) {
        Update update = new Update()
                .set("formId", formId.toString())
                .set("language", language.tag())
                .set("submittedAt", Date.from(submittedAt));
        if (participantRef != null) {
            update.set(REF, participantRef.toString());
        } else {
            update.unset(REF); // heard again after the link ended: what an earlier delivery linked goes
        }
        return update;
    }

    private static Update theming(UUID formId, List<String> themes) {
        return new Update().set("formId", formId.toString()).set("themes", themes);
    }

    @Override
    public void unlink(Borough borough, UUID participantRef) {
        stores.of(borough)
                .updateMulti(
                        Query.query(Criteria.where(REF).is(participantRef.toString())),
                        new Update().unset(REF),
                        COLLECTION);
    }

    /** Removes the link of this one response, whoever it named (decision 0072: the undo of its own write). */
    public void unlinkResponse(Borough borough, UUID responseId) {
        stores.of(borough).updateFirst(byId(responseId), new Update().unset(REF), COLLECTION);
    }

    @Override
    public Optional<HeardResponse> find(Borough borough, UUID responseId) {
        return Optional.ofNullable(stores.of(borough).findById(responseId.toString(), Document.class, COLLECTION))
                .map(MongoHeardFeedback::response);
    }

    @Override
    public List<HeardResponse> find(Borough borough, Collection<UUID> responseIds) {
        if (responseIds.isEmpty()) {
            return List.of();
        }
        List<String> ids = responseIds.stream().map(UUID::toString).toList();
        return read(borough, Query.query(Criteria.where("_id").in(ids)));
    }

    @Override
    public List<HeardResponse> linkedWithAnyTheme(Borough borough, Collection<String> themes) {
        return read(
                borough,
                Query.query(Criteria.where("themes").in(themes).and(REF).exists(true)));
    }

    @Override
    public List<HeardResponse> themedResponses(Borough borough) {
        return read(borough, Query.query(Criteria.where("themes.0").exists(true)));
    }

    private List<HeardResponse> read(Borough borough, Query query) {
        return stores.of(borough).find(query, Document.class, COLLECTION).stream()
                .map(MongoHeardFeedback::response)
                .toList();
    }

    private void upsert(Borough borough, UUID responseId, Update update) {
        stores.of(borough).upsert(byId(responseId), update, COLLECTION);
    }

    private static Query byId(UUID responseId) {
        return Query.query(Criteria.where("_id").is(responseId.toString()));
    }

    private static HeardResponse response(Document d) {
        Date submittedAt = d.getDate("submittedAt");
        String language = d.getString("language");
        String ref = d.getString(REF);
        String formId = d.getString("formId");
        return new HeardResponse(
                UUID.fromString(d.getString("_id")),
                formId == null ? null : UUID.fromString(formId),
                language == null ? null : Language.of(language),
                submittedAt == null ? null : submittedAt.toInstant(),
                d.getList("themes", String.class, List.of()),
                ref == null ? null : UUID.fromString(ref));
    }
}
