package london.sanctuary.proof.bench.pipeline.service;

import java.util.function.Consumer;
import london.sanctuary.contracts.consent.ConsentGranted;
import london.sanctuary.platform.inbox.BatchEffect;
import london.sanctuary.platform.inbox.Inbox;
import london.sanctuary.platform.messaging.EventBatches;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.messaging.Message;

/**
 * {@code onConsentGranted}: the read model of grants, one document per consent id in each borough's {@code
 * grant_effects}, counting how often it was applied, so that the benchmark can check every event took effect
 * exactly once.
 */
@Configuration(proxyBeanMethods = false)
class GrantEffects {

    static final String BINDING = "onConsentGranted";
    static final String CONSUMER = "grant-effects";
    static final String COLLECTION = "grant_effects";

    @Bean
    AppliedGrants appliedGrants() {
        return new AppliedGrants();
    }

    /** A poll at a time: which grants were applied, one query; their upserts, one bulk write; recorded, one insert. */
    @Bean
    Consumer<Message<?>> onConsentGranted(Inbox inbox, AppliedGrants applied) {
        return EventBatches.eachEvent(events -> applied.some(inbox.each(
                CONSUMER,
                events,
                event -> event.dataAs(ConsentGranted.class)
                        .map(g -> BatchEffect.upsert(
                                g.borough(),
                                COLLECTION,
                                Query.query(
                                        Criteria.where("_id").is(g.consentId().toString())),
                                new Update()
                                        .inc("applied", 1)
                                        .set("purpose", g.purpose().name())))
                        .orElse(null))));
    }
}
