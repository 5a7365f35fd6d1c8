package london.sanctuary.platform.schedule;

import java.util.List;
import london.sanctuary.platform.lease.Leases;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.annotation.Bean;

/**
 * One replica at a time for every {@link PeriodicJob} bean: each runs only while it holds its lease of the service's
 * {@link Leases}, named after the job and the boroughs served (so deployments serving different boroughs never
 * wait for each other).
 */
@AutoConfiguration(afterName = "london.sanctuary.platform.lease.LeaseAutoConfiguration")
@ConditionalOnProperty("sanctuary.service")
public class ScheduleAutoConfiguration {

    @Bean
    static BeanPostProcessor periodicJobsShareLeases(
            ObjectProvider<Leases> leases, @Value("${sanctuary.boroughs:}") List<String> boroughs) {
        return new BeanPostProcessor() {
            @Override
            public Object postProcessBeforeInitialization(Object bean, String beanName) {
                if (bean instanceof PeriodicJob job) {
                    job.sharedThrough(leases.getObject(), job.name() + "@" + String.join("+", boroughs));
                }
                return bean;
            }
        };
    }
}
