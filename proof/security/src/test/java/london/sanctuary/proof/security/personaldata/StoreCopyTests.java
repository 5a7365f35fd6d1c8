package london.sanctuary.proof.security.personaldata;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

class StoreCopyTests {

    @Test
    void theRunsAreTheOnesTheRegularExpressionFinds() {
        // given bytes like a store file's: base64 runs of every length up to 300 between other bytes
        Random random = new Random(18);
        byte[] alphabet =
                "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/".getBytes(StandardCharsets.US_ASCII);
        byte[] bytes = new byte[200_000];
        for (int i = 0; i < bytes.length; ) {
            int run = random.nextInt(300);
            for (int j = 0; j < run && i < bytes.length; j++, i++) {
                bytes[i] = alphabet[random.nextInt(alphabet.length)];
            }
            for (int j = random.nextInt(4); j >= 0 && i < bytes.length; j--, i++) {
                bytes[i] = (byte) "\0=-\u00ff\n".charAt(random.nextInt(5));
            }
        }

        // when the runs are found in one pass, and by the regular expression the attack once used
        List<String> byPass = StoreCopy.runs(bytes);
        List<String> byExpression = new ArrayList<>();
        Matcher found = Pattern.compile("[A-Za-z0-9+/]{80,96}").matcher(new String(bytes, StandardCharsets.ISO_8859_1));
        while (found.find()) {
            byExpression.add(found.group());
        }

        // then they are the same runs, in the same order
        assertThat(byExpression).hasSizeGreaterThan(500);
        assertThat(byPass).isEqualTo(byExpression);
    }
}
