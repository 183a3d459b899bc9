package hk.cleanerproduction.adjudicator.drafts;

import java.util.LinkedHashMap;
import java.util.Map;
import org.springframework.http.HttpStatus;

/**
 * A step on a draft or a version that cannot be taken, answered as problem+json with its status: 400 bad
 * input, 403 the author approving, 404 no such draft, 409 a stale save or a stale draft, 422 a ruleset the
 * gate refuses, 428 a save without If-Match. Properties say what the caller needs to go on (the current
 * ETag, the active version, every problem).
 */
class DraftException extends RuntimeException {

    private final HttpStatus status;
    private final String title;
    private final Map<String, Object> properties = new LinkedHashMap<>();

    DraftException(HttpStatus status, String title, String detail) {
        super(detail);
        this.status = status;
        this.title = title;
    }

    static DraftException notFound(String detail) {
        return new DraftException(HttpStatus.NOT_FOUND, "Not found", detail);
    }

    static DraftException conflict(String detail) {
        return new DraftException(HttpStatus.CONFLICT, "Conflict", detail);
    }

    /** A body or upload past its limit: 413. */
    static DraftException tooLarge(long maxBytes) {
        return new DraftException(HttpStatus.CONTENT_TOO_LARGE, "Too large", "The body is larger than " + maxBytes + " bytes.");
    }

    static DraftException badInput(String field, String message) {
        return new DraftException(HttpStatus.BAD_REQUEST, "Bad input", "1 bad field(s): " + field + " " + message)
                .with("errors", java.util.List.of(Map.of("field", field, "message", message)));
    }

    DraftException with(String name, Object value) {
        properties.put(name, value);
        return this;
    }

    HttpStatus status() {
        return status;
    }

    String title() {
        return title;
    }

    Map<String, Object> properties() {
        return properties;
    }
}
