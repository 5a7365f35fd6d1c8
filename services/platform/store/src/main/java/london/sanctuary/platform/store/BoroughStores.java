package london.sanctuary.platform.store;

import com.mongodb.client.MongoClient;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.function.BiConsumer;
import london.sanctuary.contracts.Borough;
import london.sanctuary.contracts.refusal.NotFound;
import london.sanctuary.platform.borough.ServedBoroughs;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.SimpleMongoClientDatabaseFactory;
import org.springframework.data.mongodb.core.convert.MongoConverter;

/**
 * One database per service and borough ({@code <service>_<borough>}), so a borough's data never shares
 * a collection with another's and can be backed up, restored or erased on its own.
 */
public class BoroughStores {

    private final Map<String, MongoTemplate> templates = new LinkedHashMap<>();

    public BoroughStores(String service, ServedBoroughs boroughs, MongoClient client, MongoConverter converter) {
        for (String borough : boroughs.codes()) {
            String database = service + "_" + borough.replace('-', '_');
            templates.put(
                    borough, new MongoTemplate(new SimpleMongoClientDatabaseFactory(client, database), converter));
        }
    }

    /** The store of a served borough; any other borough is treated as not found. */
    public MongoTemplate of(String borough) {
        MongoTemplate template = templates.get(borough);
        if (template == null) {
            throw new NotFound("Borough");
        }
        return template;
    }

    /** The store of a served borough; any other borough is treated as not found. */
    public MongoTemplate of(Borough borough) {
        return of(borough.code());
    }

    /** The served boroughs' codes, in the order they are configured. */
    public Set<String> boroughs() {
        return Collections.unmodifiableSet(templates.keySet());
    }

    public void forEach(BiConsumer<String, MongoTemplate> action) {
        templates.forEach(action);
    }
}
