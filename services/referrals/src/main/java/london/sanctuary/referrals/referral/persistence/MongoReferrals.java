package london.sanctuary.referrals.referral.persistence;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import london.sanctuary.contracts.Borough;
import london.sanctuary.contracts.ParticipantRef;
import london.sanctuary.contracts.ReferralId;
import london.sanctuary.contracts.refusal.StaleVersion;
import london.sanctuary.platform.outbox.AggregateWrites;
import london.sanctuary.platform.store.BoroughStores;
import london.sanctuary.referrals.referral.Referral;
import london.sanctuary.referrals.referral.ReferralStatus;
import london.sanctuary.referrals.referral.Referrals;
import london.sanctuary.referrals.referral.Side;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;

/** Referrals in each borough's {@code referrals} collection, written with their events in one document write. */
public class MongoReferrals implements Referrals {

    public static final String COLLECTION = "referrals";
    private final BoroughStores stores;

    public MongoReferrals(BoroughStores stores) {
        this.stores = stores;
    }

    @Override
    public Optional<Referral> find(Borough holder, ReferralId id) {
        return Optional.ofNullable(stores.of(holder).findById(id.toString(), ReferralDocument.class, COLLECTION))
                .map(ReferralMapping::toReferral);
    }

    @Override
    public long save(Referral referral) {
        ReferralDocument document = ReferralMapping.toDocument(referral);
        try {
            return AggregateWrites.write(
                    stores.of(referral.holder()), COLLECTION, document, document.id, referral.version());
        } catch (DuplicateKeyException e) {
            throw new AlreadyThere();
        } catch (OptimisticLockingFailureException e) {
            throw new StaleVersion("referral");
        }
    }

    @Override
    public void delete(Borough holder, ReferralId id) {
        stores.of(holder).remove(Query.query(Criteria.where("_id").is(id.toString())), COLLECTION);
    }

    @Override
    public List<Referral> list(Borough holder, Side side, int limit) {
        return read(
                holder,
                Query.query(Criteria.where("side").is(side.name()))
                        .with(Sort.by(Sort.Direction.DESC, "sentAt"))
                        .limit(limit));
    }

    @Override
    public List<Referral> ofParticipant(Borough holder, ParticipantRef participantRef) {
        return read(holder, Query.query(Criteria.where("participantRef").is(participantRef.toString())));
    }

    @Override
    public List<Referral> awaitingServices(Borough holder, int limit) {
        return read(
                holder,
                Query.query(Criteria.where("side")
                                .is(Side.OUTGOING.name())
                                .and("servicesToLearn")
                                .is(true))
                        .with(Sort.by(Sort.Direction.ASC, "servicesAskedAt"))
                        .limit(limit));
    }

    /** A field of the document alone, not of the referral: no version, no event; a save of the copy clears it. */
    @Override
    public void askedForServices(Borough holder, ReferralId id, Instant at) {
        stores.of(holder)
                .updateFirst(
                        Query.query(Criteria.where("_id").is(id.toString())),
                        Update.update("servicesAskedAt", at),
                        COLLECTION);
    }

    @Override
    public List<Referral> awaitingDecision(Borough holder, int limit) {
        return read(
                holder,
                Query.query(Criteria.where("side")
                                .is(Side.INCOMING.name())
                                .and("status")
                                .is(ReferralStatus.RECEIVED.name())
                                .and("overdue")
                                .is(false))
                        .limit(limit));
    }

    @Override
    public long overdueUndecided(Borough holder) {
        return stores.of(holder)
                .count(
                        Query.query(Criteria.where("side")
                                .is(Side.INCOMING.name())
                                .and("status")
                                .is(ReferralStatus.RECEIVED.name())
                                .and("overdue")
                                .is(true)),
                        COLLECTION);
    }

    private List<Referral> read(Borough holder, Query query) {
        return stores.of(holder).find(query, ReferralDocument.class, COLLECTION).stream()
                .map(ReferralMapping::toReferral)
                .toList();
    }
}
