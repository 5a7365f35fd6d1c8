package london.sanctuary.feedback.theme.persistence;

import java.util.List;
import london.sanctuary.contracts.Borough;
import london.sanctuary.feedback.theme.Theme;
import london.sanctuary.feedback.theme.Themes;
import london.sanctuary.platform.store.BoroughStores;
import org.bson.Document;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;

/** Each borough's themes in its {@code themes} collection, one document per theme, its code as the id. */
public class MongoThemes implements Themes {

    static final String COLLECTION = "themes";
    private final BoroughStores stores;

    public MongoThemes(BoroughStores stores) {
        this.stores = stores;
    }

    @Override
    public List<Theme> of(Borough borough) {
        return stores
                .of(borough.code())
                .find(new Query().with(Sort.by("order", "_id")), Document.class, COLLECTION)
                .stream()
                .map(d -> new Theme(
                        d.getString("_id"), d.getString("label"), Boolean.TRUE.equals(d.getBoolean("retired"))))
                .toList();
    }

    @Override
    public void addMissing(Borough borough, List<Theme> themes) {
        for (int i = 0; i < themes.size(); i++) {
            Theme theme = themes.get(i);
            stores.of(borough)
                    .upsert(
                            Query.query(Criteria.where("_id").is(theme.code())),
                            new Update().setOnInsert("label", theme.label()).setOnInsert("order", i),
                            COLLECTION);
        }
    }

    @Override
    public boolean add(Borough borough, Theme theme) {
        try {
            stores.of(borough)
                    .insert(
                            new Document("_id", theme.code())
                                    .append("label", theme.label())
                                    .append("order", System.currentTimeMillis()),
                            COLLECTION);
            return true;
        } catch (DuplicateKeyException e) {
            return false;
        }
    }

    @Override
    public boolean relabel(Borough borough, String code, String label) {
        return stores.of(borough)
                        .updateFirst(
                                Query.query(Criteria.where("_id").is(code)),
                                new Update().set("label", label),
                                COLLECTION)
                        .getMatchedCount()
                > 0;
    }

    @Override
    public boolean retire(Borough borough, String code) {
        return stores.of(borough)
                        .updateFirst(
                                Query.query(Criteria.where("_id").is(code)),
                                new Update().set("retired", true),
                                COLLECTION)
                        .getMatchedCount()
                > 0;
    }
}
