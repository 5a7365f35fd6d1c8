package london.sanctuary.referrals.config;

import java.io.IOException;
import java.io.InputStream;
import london.sanctuary.contracts.Borough;
import london.sanctuary.platform.borough.ServedBoroughs;
import london.sanctuary.referrals.directory.Directory;
import london.sanctuary.referrals.directory.OrukExport;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.io.ClassPathResource;

/**
 * At start, each served borough with an empty directory and a demo directory ({@code directory/demo/<borough>.json},
 * ORUK-shaped) gets the demo one; a directory already imported is left alone.
 */
class DemoDirectories implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(DemoDirectories.class);
    private final Directory directory;
    private final ServedBoroughs served;

    DemoDirectories(Directory directory, ServedBoroughs served) {
        this.directory = directory;
        this.served = served;
    }

    @Override
    public void run(ApplicationArguments args) throws IOException {
        for (String code : served.codes()) {
            Borough borough = Borough.of(code);
            ClassPathResource demo = new ClassPathResource("directory/demo/" + borough.code() + ".json");
            if (demo.exists() && directory.isEmpty(borough)) {
                try (InputStream in = demo.getInputStream()) {
                    var services = OrukExport.read(in.readAllBytes());
                    directory.replace(borough, services, "demo");
                    log.info("Directory of {}: the demo directory, {} services", borough.code(), services.size());
                }
            }
        }
    }
}
