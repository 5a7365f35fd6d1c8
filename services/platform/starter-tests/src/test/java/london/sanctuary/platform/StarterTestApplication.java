package london.sanctuary.platform;

import org.springframework.boot.autoconfigure.SpringBootApplication;

/**
 * A tiny service built on the starter (in {@code testapp}), to test the starter as a service uses it.
 * It sits here so every test package finds it; it scans only the test app.
 */
@SpringBootApplication(scanBasePackages = "london.sanctuary.platform.testapp")
public class StarterTestApplication {}
