package london.sanctuary.feedback.form.persistence;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import london.sanctuary.contracts.Borough;
import london.sanctuary.feedback.form.Form;
import london.sanctuary.feedback.form.FormCode;
import london.sanctuary.feedback.form.FormId;
import london.sanctuary.feedback.form.Forms;
import london.sanctuary.platform.outbox.AggregateWrites;
import london.sanctuary.platform.store.BoroughStores;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.index.Index;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;

/**
 * Forms in each borough's {@code forms} collection, written with their new events in one document write. The
 * public code is unique within a borough by index; across boroughs a new code is checked before use. A code's
 * borough, once found, is remembered (a form never changes borough), so a person's answer reads one borough's store,
 * not each borough's in turn; the map holds one entry per form that exists, nothing personal.
 */
public class MongoForms implements Forms {

    static final String COLLECTION = "forms";
    private final BoroughStores stores;
    private final Map<String, String> boroughOfCode = new ConcurrentHashMap<>();

    public MongoForms(BoroughStores stores) {
        this.stores = stores;
        stores.forEach((borough, store) ->
                store.indexOps(COLLECTION).createIndex(new Index("code", Sort.Direction.ASC).unique()));
    }

    @Override
    public Optional<Form> find(Borough borough, FormId id) {
        return Optional.ofNullable(stores.of(borough).findById(id.toString(), FormDocument.class, COLLECTION))
                .map(FormMapping::toForm);
    }

    @Override
    public Optional<Form> findByCode(FormCode code) {
        String known = boroughOfCode.get(code.value());
        if (known != null) {
            Optional<Form> form = findByCode(known, code);
            if (form.isPresent()) {
                return form;
            }
            boroughOfCode.remove(code.value(), known);
        }
        for (String borough : stores.boroughs()) {
            Optional<Form> form = findByCode(borough, code);
            if (form.isPresent()) {
                boroughOfCode.put(code.value(), borough);
                return form;
            }
        }
        return Optional.empty();
    }

    private Optional<Form> findByCode(String borough, FormCode code) {
        Query byCode = Query.query(Criteria.where("code").is(code.value()));
        return Optional.ofNullable(stores.of(borough).findOne(byCode, FormDocument.class, COLLECTION))
                .map(FormMapping::toForm);
    }

    @Override
    public List<Form> list(Borough borough) {
        Query newestFirst = new Query().with(Sort.by(Sort.Direction.DESC, "createdAt", "publishedAt"));
        return stores.of(borough).find(newestFirst, FormDocument.class, COLLECTION).stream()
                .map(FormMapping::toForm)
                .toList();
    }

    @Override
    public long save(Form form) {
        FormDocument document = FormMapping.toDocument(form);
        return AggregateWrites.write(stores.of(form.borough()), COLLECTION, document, document.id, form.version());
    }
}
