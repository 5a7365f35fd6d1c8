package london.sanctuary.platform.audit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.lang.reflect.AccessibleObject;
import java.lang.reflect.Method;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.aopalliance.intercept.MethodInvocation;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.support.StaticListableBeanFactory;
import org.springframework.http.ResponseEntity;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;
import org.springframework.web.servlet.HandlerMapping;

/** The advice around an audited handler, over a trail that records in memory or fails. */
class AuditedHandlersTests {

    static final Instant NOW = Instant.parse("2026-12-05T10:00:00Z");
    final List<AuditEntry> recorded = new ArrayList<>();
    boolean storeDown;

    @BeforeEach
    void aRequestForNewham() {
        MockHttpServletRequest request = new MockHttpServletRequest();
        request.setAttribute(
                HandlerMapping.URI_TEMPLATE_VARIABLES_ATTRIBUTE, Map.of("borough", "newham", "ref", "p-1"));
        RequestContextHolder.setRequestAttributes(new ServletRequestAttributes(request));
    }

    @AfterEach
    void done() {
        RequestContextHolder.resetRequestAttributes();
    }

    @Test
    void anAnswerIsRecordedBeforeItIsGiven() throws Throwable {
        Object answer = advice().invoke(invocation("read", ResponseEntity.ok("the profile")));

        assertThat(answer).isEqualTo(ResponseEntity.ok("the profile"));
        assertThat(recorded).singleElement().satisfies(entry -> {
            assertThat(entry.action()).isEqualTo("participant.read");
            assertThat(entry.participantRef()).isEqualTo("p-1");
            assertThat(entry.at()).isEqualTo(NOW);
            assertThat(entry.borough()).isEqualTo("newham");
            assertThat(entry.subject()).isEqualTo("anonymous");
        });
    }

    @Test
    void anAnswerWhoseEntryCannotBeWrittenIsNotGiven() {
        storeDown = true;

        assertThatThrownBy(() -> advice().invoke(invocation("read", ResponseEntity.ok("the profile"))))
                .isInstanceOf(IllegalStateException.class)
                .hasMessage("store down");
    }

    @Test
    void anAnswerThatIsNotASuccessIsNotRecorded() throws Throwable {
        advice().invoke(invocation("read", ResponseEntity.status(409).build()));

        assertThat(recorded).isEmpty();
    }

    private AuditedHandlers advice() {
        AuditTrail trail = new AuditTrail(null) {
            @Override
            public void record(AuditEntry entry) {
                if (storeDown) {
                    throw new IllegalStateException("store down");
                }
                recorded.add(entry);
            }
        };
        StaticListableBeanFactory beans = new StaticListableBeanFactory();
        beans.addBean("trail", trail);
        beans.addBean("clock", Clock.fixed(NOW, ZoneOffset.UTC));
        return new AuditedHandlers(
                beans.getBeanProvider(AuditTrail.class), beans.getBeanProvider(Clock.class), "consent");
    }

    private static MethodInvocation invocation(String name, Object answer) throws NoSuchMethodException {
        Method method = Handlers.class.getDeclaredMethod(name);
        return new MethodInvocation() {
            public Method getMethod() {
                return method;
            }

            public Object[] getArguments() {
                return new Object[0];
            }

            public Object proceed() {
                return answer;
            }

            public Object getThis() {
                return null;
            }

            public AccessibleObject getStaticPart() {
                return method;
            }
        };
    }

    static class Handlers {

        @Audited("participant.read")
        void read() {}
    }
}
