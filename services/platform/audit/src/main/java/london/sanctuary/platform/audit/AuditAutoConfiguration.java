package london.sanctuary.platform.audit;

import java.time.Clock;
import london.sanctuary.platform.store.BoroughStores;
import org.springframework.aop.Advisor;
import org.springframework.aop.support.DefaultPointcutAdvisor;
import org.springframework.aop.support.annotation.AnnotationMatchingPointcut;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.beans.factory.config.BeanDefinition;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Role;

/**
 * The audit trail of every service: {@link AuditTrail} over the borough stores, the advice that records each
 * {@link Audited} handler's successful answers, and the query {@code GET /api/boroughs/{borough}/audit}.
 */
@AutoConfiguration(afterName = "london.sanctuary.platform.store.StoreAutoConfiguration")
@ConditionalOnProperty("sanctuary.service")
public class AuditAutoConfiguration {

    @Bean
    AuditTrail auditTrail(BoroughStores stores) {
        return new AuditTrail(stores);
    }

    /** An infrastructure advisor, so it applies whichever auto-proxy creator the service runs with. */
    @Bean
    @Role(BeanDefinition.ROLE_INFRASTRUCTURE)
    static Advisor auditedHandlers(
            ObjectProvider<AuditTrail> trail,
            ObjectProvider<Clock> clock,
            @Value("${sanctuary.service}") String service) {
        return new DefaultPointcutAdvisor(
                AnnotationMatchingPointcut.forMethodAnnotation(Audited.class),
                new AuditedHandlers(trail, clock, service));
    }

    @Bean
    AuditController auditController(AuditTrail trail, ObjectProvider<Clock> clock) {
        return new AuditController(trail, clock.getIfAvailable(Clock::systemUTC));
    }
}
