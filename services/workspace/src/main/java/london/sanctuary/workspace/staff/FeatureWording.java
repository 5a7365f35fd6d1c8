package london.sanctuary.workspace.staff;

import org.springframework.beans.BeansException;
import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.context.support.AbstractResourceBasedMessageSource;

/**
 * A feature's own wording ({@code <feature>/messages.properties} and {@code _ar}) added to the workspace's messages,
 * so no shared file is edited: declare {@code @Bean static BeanPostProcessor x() { return FeatureWording.of("…"); }}.
 */
public final class FeatureWording {

    private FeatureWording() {}

    /** Adds the bundle {@code basename} (e.g. {@code sessions/messages}) to the message source. */
    public static BeanPostProcessor of(String basename) {
        return new BeanPostProcessor() {
            @Override
            public Object postProcessAfterInitialization(Object bean, String name) throws BeansException {
                if (bean instanceof AbstractResourceBasedMessageSource messages && "messageSource".equals(name)) {
                    messages.addBasenames(basename);
                }
                return bean;
            }
        };
    }
}
