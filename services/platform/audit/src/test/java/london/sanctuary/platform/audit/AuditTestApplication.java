package london.sanctuary.platform.audit;

import java.time.Clock;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.context.annotation.Bean;

/**
 * A tiny service on the audit module and the modules below it; it scans only its controller ({@code audittest}).
 * The test kit brings the events module, whose outbox relay reads the clock the starter would otherwise give.
 */
@SpringBootApplication(scanBasePackages = "london.sanctuary.platform.audittest")
public class AuditTestApplication {

    @Bean
    Clock clock() {
        return Clock.systemUTC();
    }
}
