package london.sanctuary.platform.problem;

import java.io.IOException;
import java.io.Writer;
import london.sanctuary.contracts.ContractJson;
import org.apache.catalina.connector.Request;
import org.apache.catalina.connector.Response;
import org.apache.catalina.valves.ErrorReportValve;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.MediaType;

/**
 * What Tomcat refuses before any servlet sees it (an encoded slash or NUL in the path, a malformed
 * request line) answers as a problem too, instead of Tomcat's HTML page. Installed as the host's error
 * report valve ({@link ProblemErrorController} answers everything that reaches the application).
 */
public class ProblemReportValve extends ErrorReportValve {

    @Override
    protected void report(Request request, Response response, Throwable throwable) {
        int status = response.getStatus();
        if (status < 400 || response.getContentWritten() > 0 || !response.setErrorReported()) {
            return;
        }
        HttpStatus known = HttpStatus.resolve(status);
        String detail = known == null || known.is5xxServerError()
                ? "Something went wrong on our side; nothing was changed"
                : known.getReasonPhrase();
        try {
            response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
            response.setCharacterEncoding("UTF-8");
            Writer writer = response.getReporter();
            if (writer != null) {
                writer.write(ContractJson.write(Problems.asMap(Problems.of(HttpStatusCode.valueOf(status), detail))));
                response.finishResponse();
            }
        } catch (IOException | IllegalStateException ignored) {
            // the client is gone or the response already went; nothing more to tell it
        }
    }
}
