package london.sanctuary.platform.input;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.util.unit.DataSize;

/**
 * {@code sanctuary.requests}: the most a request may carry. A JSON body up to {@code maxJsonBody} (256 KB), a form
 * post up to {@code maxFormBody} (256 KB), a multipart body up to {@code maxMultipartBody} (1 MB), any other body
 * up to {@code maxJsonBody}; past it, 413. Inside a body, a text without its own bound up to {@code maxText}
 * characters (10,000) and a list or map without its own bound up to {@code maxItems} entries (100); past them, 400
 * naming the field. Records declare tighter bounds with {@code @Size}.
 */
@ConfigurationProperties("sanctuary.requests")
public record RequestLimits(
        DataSize maxJsonBody, DataSize maxFormBody, DataSize maxMultipartBody, Integer maxText, Integer maxItems) {

    public RequestLimits {
        maxJsonBody = maxJsonBody == null ? DataSize.ofKilobytes(256) : maxJsonBody;
        maxFormBody = maxFormBody == null ? DataSize.ofKilobytes(256) : maxFormBody;
        maxMultipartBody = maxMultipartBody == null ? DataSize.ofMegabytes(1) : maxMultipartBody;
        maxText = maxText == null ? 10_000 : maxText;
        maxItems = maxItems == null ? 100 : maxItems;
    }

    /** The cap for a body of this content type ({@code null}: none given). */
    long capFor(String contentType) {
        if (BodyKind.of(contentType) == BodyKind.FORM) {
            return maxFormBody.toBytes();
        }
        if (BodyKind.of(contentType) == BodyKind.MULTIPART) {
            return maxMultipartBody.toBytes();
        }
        return maxJsonBody.toBytes();
    }
}
