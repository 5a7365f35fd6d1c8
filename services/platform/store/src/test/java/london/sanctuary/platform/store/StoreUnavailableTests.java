package london.sanctuary.platform.store;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.resilience4j.circuitbreaker.CircuitBreaker;
import java.util.List;
import london.sanctuary.platform.problem.ProblemAdvice;
import org.junit.jupiter.api.Test;
import org.springframework.dao.DataAccessResourceFailureException;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.mock.web.MockHttpServletRequest;

class StoreUnavailableTests {

    final ProblemAdvice advice = new ProblemAdvice(
            List.of(new StoreUnavailable(new StoreCircuitBreaker(CircuitBreaker.ofDefaults("store")))));

    @Test
    void aStoreFaultWrappedInAnotherExceptionIsStillA503WithRetryAfterAndCountsForTheBreaker() {
        // given
        var request = new MockHttpServletRequest();
        var wrapped = new IllegalStateException(
                "loading failed", new DataAccessResourceFailureException("Timed out after 2000 ms at 10.0.0.7:27017"));

        // when
        var answer = advice.unexpected(wrapped, request);

        // then
        assertThat(answer.getStatusCode().value()).isEqualTo(503);
        assertThat(answer.getHeaders().getContentType()).isEqualTo(MediaType.APPLICATION_PROBLEM_JSON);
        assertThat(answer.getHeaders().getFirst(HttpHeaders.RETRY_AFTER)).isNotBlank();
        assertThat(answer.getBody().getDetail()).doesNotContain("27017").doesNotContain("Timed out");
        assertThat(request.getAttribute(StoreCircuitBreaker.STORE_FAULT)).isSameAs(wrapped);
    }

    @Test
    void anyOtherFailureIsA500ThatSaysNothingOfIt() {
        var answer = advice.unexpected(new IllegalStateException("secret detail"), new MockHttpServletRequest());

        assertThat(answer.getStatusCode().value()).isEqualTo(500);
        assertThat(answer.getBody().getDetail()).doesNotContain("secret detail");
    }
}
