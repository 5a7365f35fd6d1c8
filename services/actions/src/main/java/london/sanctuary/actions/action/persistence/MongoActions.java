package london.sanctuary.actions.action.persistence;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import london.sanctuary.actions.action.Action;
import london.sanctuary.actions.action.ActionId;
import london.sanctuary.actions.action.Actions;
import london.sanctuary.actions.action.ThemeCode;
import london.sanctuary.contracts.ActionStatus;
import london.sanctuary.contracts.Borough;
import london.sanctuary.contracts.refusal.StaleVersion;
import london.sanctuary.platform.outbox.AggregateWrites;
import london.sanctuary.platform.store.BoroughStores;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;

/**
 * Actions in each borough's {@code actions} collection, written with their new events in one document write
 * ({@link AggregateWrites}).
 */
public class MongoActions implements Actions {

    public static final String COLLECTION = "actions";
    private final BoroughStores stores;

    public MongoActions(BoroughStores stores) {
        this.stores = stores;
    }

    @Override
    public Optional<Action> find(Borough borough, ActionId id) {
        return Optional.ofNullable(stores.of(borough).findById(id.toString(), ActionDocument.class, COLLECTION))
                .map(ActionMapping::toAction);
    }

    @Override
    public long save(Action action) {
        ActionDocument document = ActionMapping.toDocument(action);
        try {
            return AggregateWrites.write(
                    stores.of(action.borough()), COLLECTION, document, document.id, action.version());
        } catch (OptimisticLockingFailureException e) {
            throw new StaleVersion("action");
        }
    }

    @Override
    public List<Action> list(Borough borough, ActionStatus status, ThemeCode theme, int limit) {
        Criteria criteria = new Criteria();
        if (status != null) {
            criteria = criteria.and("status").is(status.name());
        }
        if (theme != null) {
            criteria = criteria.and("themes").is(theme.code());
        }
        Query query = Query.query(criteria)
                .with(Sort.by(Sort.Direction.DESC, "raisedAt"))
                .limit(limit);
        return read(borough, query);
    }

    @Override
    public List<Action> awaitingLoopClose(Borough borough, int limit) {
        Query query = Query.query(Criteria.where("status")
                        .in(ActionStatus.DONE.name(), ActionStatus.NOT_POSSIBLE.name())
                        .and("loopClosedAt")
                        .exists(false))
                .limit(limit);
        return read(borough, query);
    }

    @Override
    public List<Action> completed(Borough borough, int limit) {
        Query query = Query.query(
                        Criteria.where("status").in(ActionStatus.DONE.name(), ActionStatus.NOT_POSSIBLE.name()))
                .with(Sort.by(Sort.Direction.DESC, "completedAt"))
                .limit(limit);
        return read(borough, query);
    }

    @Override
    public List<Action> reviewDue(Borough borough, LocalDate today, int limit) {
        // ISO dates as text sort and compare as the dates do.
        Query query = Query.query(Criteria.where("status")
                        .in(ActionStatus.DONE.name(), ActionStatus.NOT_POSSIBLE.name())
                        .and("reviewOn")
                        .lte(today.toString()))
                .with(Sort.by(Sort.Direction.ASC, "reviewOn"))
                .limit(limit);
        return read(borough, query);
    }

    private List<Action> read(Borough borough, Query query) {
        return stores.of(borough).find(query, ActionDocument.class, COLLECTION).stream()
                .map(ActionMapping::toAction)
                .toList();
    }
}
