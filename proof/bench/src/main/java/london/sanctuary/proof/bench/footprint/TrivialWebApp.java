package london.sanctuary.proof.bench.footprint;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

/** The footprint baseline: a Spring Boot web app with Actuator and one endpoint, nothing of the platform. */
@SpringBootApplication
@RestController
public class TrivialWebApp {

    @GetMapping("/hello")
    String hello() {
        return "hello";
    }

    public static void main(String[] args) {
        SpringApplication.run(TrivialWebApp.class, args);
    }
}
