package london.sanctuary.platform.audit;

import jakarta.servlet.http.HttpServletRequest;
import java.time.Clock;
import java.util.Map;
import java.util.UUID;
import london.sanctuary.platform.security.Caller;
import org.aopalliance.intercept.MethodInterceptor;
import org.aopalliance.intercept.MethodInvocation;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.oauth2.server.resource.authentication.JwtAuthenticationToken;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;
import org.springframework.web.servlet.HandlerMapping;

/**
 * Around every {@link Audited} handler: once it has answered successfully, the entry is written, and only then is
 * the answer written out. A handler that throws (a refusal, a fault) records nothing; an entry that cannot be
 * written fails the answer (decision 0030).
 */
class AuditedHandlers implements MethodInterceptor {

    static final String NAME_CLAIM = "name";
    private final ObjectProvider<AuditTrail> trail;
    private final ObjectProvider<Clock> clock;
    private final String service;

    AuditedHandlers(ObjectProvider<AuditTrail> trail, ObjectProvider<Clock> clock, String service) {
        this.trail = trail;
        this.clock = clock;
        this.service = service;
    }

    @Override
    public Object invoke(MethodInvocation invocation) throws Throwable {
        Object returned = invocation.proceed();
        if (returned instanceof ResponseEntity<?> entity
                && !entity.getStatusCode().is2xxSuccessful()) {
            return returned;
        }
        Audited audited = invocation.getMethod().getAnnotation(Audited.class);
        HttpServletRequest request =
                ((ServletRequestAttributes) RequestContextHolder.currentRequestAttributes()).getRequest();
        Map<String, String> variables = pathVariables(request);
        Named named = Named.of(
                variables,
                request.getParameterMap(),
                invocation.getMethod().getParameters(),
                invocation.getArguments(),
                returned);
        Caller caller = Caller.current();
        String borough = variables.getOrDefault("borough", caller.borough());
        if (borough == null) {
            throw new IllegalStateException("audit: " + audited.value() + " is not for a borough");
        }
        trail.getObject()
                .record(new AuditEntry(
                        UUID.randomUUID().toString(),
                        clock.getIfAvailable(Clock::systemUTC).instant(),
                        borough,
                        service,
                        audited.value(),
                        caller.id(),
                        staffName(),
                        named.find(audited.participant()),
                        named.find(audited.record())));
        return returned;
    }

    @SuppressWarnings("unchecked")
    private static Map<String, String> pathVariables(HttpServletRequest request) {
        Object variables = request.getAttribute(HandlerMapping.URI_TEMPLATE_VARIABLES_ATTRIBUTE);
        return variables instanceof Map<?, ?> map ? (Map<String, String>) map : Map.of();
    }

    /** The signed-in staff member's name; a service client's token has none. */
    private static String staffName() {
        return SecurityContextHolder.getContext().getAuthentication() instanceof JwtAuthenticationToken token
                ? token.getToken().getClaimAsString(NAME_CLAIM)
                : null;
    }
}
