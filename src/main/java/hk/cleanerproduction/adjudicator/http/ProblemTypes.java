package hk.cleanerproduction.adjudicator.http;

import java.net.URI;
import java.util.Map;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.ProblemDetail;

/**
 * The {@code type} of every problem the service answers (RFC 9457), one per kind of problem, so that a
 * client can tell two 409s apart without reading the prose. They are URNs: names, not addresses to
 * fetch; docs/api.md lists them with what each means and what to do.
 */
public final class ProblemTypes {

    private static final String PREFIX = "urn:cleaner-production-adjudicator:problem:";

    public static final URI BAD_INPUT = of("bad-input");
    public static final URI UNAUTHORIZED = of("unauthorized");
    public static final URI FORBIDDEN = of("forbidden");
    public static final URI NOT_FOUND = of("not-found");
    public static final URI METHOD_NOT_ALLOWED = of("method-not-allowed");
    public static final URI NOT_ACCEPTABLE = of("not-acceptable");
    public static final URI IDEMPOTENCY_CONFLICT = of("idempotency-conflict");
    public static final URI REPLAY_UNAVAILABLE = of("replay-unavailable");
    public static final URI BODY_TOO_LARGE = of("body-too-large");
    public static final URI UNSUPPORTED_MEDIA_TYPE = of("unsupported-media-type");
    public static final URI RULESET_REFUSED = of("ruleset-refused");
    public static final URI TOO_MANY_SIGN_INS = of("too-many-sign-ins");
    public static final URI UNEXPECTED = of("unexpected");
    public static final URI NOT_DECIDED_HERE = of("not-decided-here");
    public static final URI DECISION_STOPPED = of("decision-stopped");

    /** The kind of a problem Spring MVC answers itself (a wrong method, content type, path), by its status. */
    private static final Map<Integer, URI> BY_STATUS = Map.of(400, BAD_INPUT, 401, UNAUTHORIZED, 403, FORBIDDEN,
            404, NOT_FOUND, 405, METHOD_NOT_ALLOWED, 406, NOT_ACCEPTABLE, 413, BODY_TOO_LARGE,
            415, UNSUPPORTED_MEDIA_TYPE, 429, TOO_MANY_SIGN_INS, 500, UNEXPECTED);

    private ProblemTypes() {
    }

    private static URI of(String name) {
        return URI.create(PREFIX + name);
    }

    /** A problem of a kind, with its status, title and detail. */
    public static ProblemDetail problem(HttpStatusCode status, URI type, String title, String detail) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(status, detail);
        problem.setType(type);
        problem.setTitle(title);
        return problem;
    }

    /** The kind for a status answered without one of its own ({@code about:blank} otherwise). */
    public static URI forStatus(int status) {
        return BY_STATUS.getOrDefault(status, URI.create("about:blank"));
    }
}
