package hk.cleanerproduction.adjudicator.http;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * Reads request bodies with a size limit. The limit is checked while reading, not only against
 * Content-Length, so a chunked body cannot grow without bound either.
 */
@Component
public class RequestBodies {

    private final int maxBytes;

    public RequestBodies(@Value("${adjudicator.http.max-body-bytes:65536}") int maxBytes) {
        this.maxBytes = maxBytes;
    }

    /** The body as UTF-8 text; a body over the limit is refused with {@link BodyTooLargeException} (413). */
    public byte[] read(long contentLength, InputStream in) throws IOException {
        if (contentLength > maxBytes) {
            throw new BodyTooLargeException(maxBytes);
        }
        byte[] body = in.readNBytes(maxBytes + 1);
        if (body.length > maxBytes) {
            throw new BodyTooLargeException(maxBytes);
        }
        return body;
    }

    public static String text(byte[] body) {
        return new String(body, StandardCharsets.UTF_8);
    }

    public static String sha256(byte[] body) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(body));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every Java runtime", e);
        }
    }

    /** More than the service reads in one request: 413. */
    public static class BodyTooLargeException extends RuntimeException {

        public BodyTooLargeException(int maxBytes) {
            super("The request body is larger than " + maxBytes + " bytes.");
        }
    }
}
