package london.sanctuary.platform.problem;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.util.List;
import org.springframework.http.InvalidMediaTypeException;
import org.springframework.http.MediaType;
import org.springframework.web.HttpMediaTypeNotSupportedException;
import org.springframework.web.servlet.HandlerInterceptor;

/**
 * A body sent as {@code Content-Type: *}{@code /*} or {@code application/*} names no type at all: 415, as
 * for any type the endpoint does not read. Spring MVC would otherwise fail reading it with an
 * {@link IllegalArgumentException}, a 500.
 */
public class WildcardContentType implements HandlerInterceptor {

    @Override
    public boolean preHandle(HttpServletRequest request, HttpServletResponse response, Object handler)
            throws HttpMediaTypeNotSupportedException {
        String header = request.getContentType();
        if (header == null) {
            return true;
        }
        try {
            MediaType type = MediaType.parseMediaType(header);
            if (type.isWildcardType() || type.isWildcardSubtype()) {
                throw new HttpMediaTypeNotSupportedException(type, List.of(MediaType.APPLICATION_JSON));
            }
        } catch (InvalidMediaTypeException unparseable) {
            // Spring MVC answers an unparseable type with 415 itself
        }
        return true;
    }
}
