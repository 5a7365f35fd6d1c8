package london.sanctuary.actions;

import java.time.Duration;
import java.util.OptionalLong;
import london.sanctuary.platform.lease.Leases;
import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.context.ApplicationContextInitializer;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * Makes a replica's close what a crash is to its leases: nothing is given up, so the others wait for them to
 * expire. (Everything else closes as it would; the leases are what is under test.)
 */
final class CrashedLeases implements ApplicationContextInitializer<ConfigurableApplicationContext> {

    @Override
    public void initialize(ConfigurableApplicationContext context) {
        context.getBeanFactory().addBeanPostProcessor(new BeanPostProcessor() {
            @Override
            public Object postProcessAfterInitialization(Object bean, String name) {
                return bean instanceof Leases leases ? new NeverGivenUp(leases) : bean;
            }
        });
    }

    private record NeverGivenUp(Leases leases) implements Leases {

        @Override
        public OptionalLong take(String name) {
            return leases.take(name);
        }

        @Override
        public boolean holds(String name, long version) {
            return leases.holds(name, version);
        }

        @Override
        public void release(String name, long version) {}

        @Override
        public Duration duration() {
            return leases.duration();
        }

        @Override
        public Duration renewEvery() {
            return leases.renewEvery();
        }
    }
}
