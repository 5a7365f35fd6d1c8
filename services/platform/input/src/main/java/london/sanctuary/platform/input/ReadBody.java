package london.sanctuary.platform.input;

import jakarta.servlet.ReadListener;
import jakarta.servlet.ServletInputStream;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import java.io.BufferedReader;
import java.io.ByteArrayInputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.Collections;
import java.util.Enumeration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The request with its body already read (within the cap, checked as UTF-8): handlers read it again from memory,
 * and a form's fields are the ones parsed strictly here, not the container's lenient reading.
 */
final class ReadBody extends HttpServletRequestWrapper {

    private final byte[] body;
    private final Map<String, String[]> fields;

    ReadBody(HttpServletRequest request, byte[] body, Map<String, List<String>> fields) {
        super(request);
        this.body = body;
        if (fields == null) {
            this.fields = null;
        } else {
            Map<String, String[]> copy = new LinkedHashMap<>();
            fields.forEach((name, values) -> copy.put(name, values.toArray(String[]::new)));
            this.fields = Collections.unmodifiableMap(copy);
        }
    }

    @Override
    public ServletInputStream getInputStream() {
        ByteArrayInputStream in = new ByteArrayInputStream(body);
        return new ServletInputStream() {
            @Override
            public int read() {
                return in.read();
            }

            @Override
            public int read(byte[] b, int off, int len) {
                return in.read(b, off, len);
            }

            @Override
            public boolean isFinished() {
                return in.available() == 0;
            }

            @Override
            public boolean isReady() {
                return true;
            }

            @Override
            public void setReadListener(ReadListener listener) {
                throw new UnsupportedOperationException("the body is already read");
            }
        };
    }

    @Override
    public BufferedReader getReader() {
        return new BufferedReader(new InputStreamReader(getInputStream(), StandardCharsets.UTF_8));
    }

    @Override
    public int getContentLength() {
        return body.length;
    }

    @Override
    public long getContentLengthLong() {
        return body.length;
    }

    @Override
    public String getParameter(String name) {
        if (fields == null) {
            return super.getParameter(name);
        }
        String[] values = fields.get(name);
        return values == null ? null : values[0];
    }

    @Override
    public Map<String, String[]> getParameterMap() {
        return fields == null ? super.getParameterMap() : fields;
    }

    @Override
    public Enumeration<String> getParameterNames() {
        return fields == null ? super.getParameterNames() : Collections.enumeration(fields.keySet());
    }

    @Override
    public String[] getParameterValues(String name) {
        if (fields == null) {
            return super.getParameterValues(name);
        }
        String[] values = fields.get(name);
        return values == null ? null : values.clone();
    }
}
