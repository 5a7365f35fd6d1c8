package london.sanctuary.platform.embedded;

import de.bwaldvogel.mongo.backend.QueryResult;
import de.bwaldvogel.mongo.bson.Document;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;

/**
 * What one collection of the in-memory store hands out: copies of its stored documents, never the documents
 * themselves, which its updates change in place (decision 0071). Its own find-and-modify reads through the same query
 * and gets the stored ones, to change them. Used under the collection's lock, as every query and write of a collection
 * is. The H2 file's collections copy every answer instead (decision 0074).
 */
final class HandedOut {

    private boolean modifying;

    /** A query's answer: copies, unless the collection's own find-and-modify asked. */
    QueryResult of(QueryResult found) {
        if (modifying) {
            return found;
        }
        List<Document> documents = new ArrayList<>();
        found.forEach(d -> documents.add(d.cloneDeeply()));
        return new QueryResult(documents, found.getCursorId());
    }

    /** Deep copies: what a cursor hands out in its later batches, and every answer of the H2 store. */
    static List<Document> copies(List<Document> documents) {
        List<Document> copies = new ArrayList<>(documents.size());
        documents.forEach(d -> copies.add(d.cloneDeeply()));
        return copies;
    }

    /** A find-and-modify's answer, with a copy of the document in its {@code value}. */
    Document modified(Supplier<Document> findAndModify) {
        modifying = true;
        try {
            Document answer = findAndModify.get();
            if (answer.get("value") instanceof Document value) {
                answer.put("value", value.cloneDeeply());
            }
            return answer;
        } finally {
            modifying = false;
        }
    }
}
