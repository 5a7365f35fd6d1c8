package london.sanctuary.proof.security.personaldata;

import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import com.mongodb.client.MongoDatabase;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.BiConsumer;
import org.bson.Document;

/** Every document of every collection of every database in the platform's MongoDB-protocol store. */
final class StoredDocuments {

    private final String uri;

    StoredDocuments(String uri) {
        this.uri = uri;
    }

    /** Hands each document, as JSON, to {@code each} with where it is ({@code database.collection}); counts them. */
    int forEach(BiConsumer<String, String> each) {
        int documents = 0;
        try (MongoClient client = MongoClients.create(uri)) {
            for (String name : client.listDatabaseNames()) {
                MongoDatabase database = client.getDatabase(name);
                for (String collection : database.listCollectionNames()) {
                    for (Document document : database.getCollection(collection).find()) {
                        each.accept(name + "." + collection, document.toJson());
                        documents++;
                    }
                }
            }
        }
        return documents;
    }

    /** The documents matching {@code filter} in {@code collection} of each database whose name starts {@code prefix}. */
    Map<String, Document> find(String prefix, String collection, Document filter) {
        Map<String, Document> found = new LinkedHashMap<>();
        try (MongoClient client = MongoClients.create(uri)) {
            for (String name : client.listDatabaseNames()) {
                if (name.startsWith(prefix)) {
                    for (Document d :
                            client.getDatabase(name).getCollection(collection).find(filter)) {
                        found.put(name + "." + collection + "/" + d.get("_id"), d);
                    }
                }
            }
        }
        return found;
    }
}
