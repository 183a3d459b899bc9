package hk.cleanerproduction.adjudicator.http;

import java.io.IOException;
import java.io.InputStream;
import hk.cleanerproduction.adjudicator.adjudication.FieldError;
import hk.cleanerproduction.adjudicator.adjudication.InvalidInputException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
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

    /** The body as text; a body that is not UTF-8 is bad input (it would be stored with replacement characters). */
    public static String text(byte[] body) {
        try {
            return StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(body)).toString();
        } catch (CharacterCodingException e) {
            throw new InvalidInputException(List.of(new FieldError("body", "is not valid UTF-8 text")));
        }
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
