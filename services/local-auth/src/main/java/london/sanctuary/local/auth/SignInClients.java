package london.sanctuary.local.auth;

import java.util.Arrays;
import java.util.List;

/** Reads {@code sanctuary.local.auth.sign-in-clients}: {@code <clientId>=<baseUrl>} pairs, comma-separated. */
final class SignInClients {

    private SignInClients() {}

    static List<SignInClient> parse(String value) {
        return Arrays.stream(value.split(","))
                .map(String::trim)
                .filter(pair -> !pair.isEmpty())
                .map(pair -> {
                    String[] parts = pair.split("=", 2);
                    if (parts.length != 2) {
                        throw new IllegalArgumentException("sign-in client needs <clientId>=<baseUrl>: " + pair);
                    }
                    return new SignInClient(parts[0], parts[1]);
                })
                .toList();
    }

    static String format(List<SignInClient> clients) {
        return String.join(
                ",", clients.stream().map(c -> c.clientId() + "=" + c.baseUrl()).toList());
    }
}
