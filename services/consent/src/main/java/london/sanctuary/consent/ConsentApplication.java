package london.sanctuary.consent;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;

/** The consent service: participants, consent per purpose, receipts and erasure. */
@SpringBootApplication
public class ConsentApplication {

    public static void main(String[] args) {
        SpringApplication.run(ConsentApplication.class, args);
    }
}
