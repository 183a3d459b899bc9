package hk.cleanerproduction.adjudicator.security;

import hk.cleanerproduction.adjudicator.http.ProblemTypes;
import java.net.URI;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.LinkedHashMap;
import java.util.Map;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.web.AuthenticationEntryPoint;
import org.springframework.security.web.access.AccessDeniedHandler;
import tools.jackson.databind.json.JsonMapper;

/** 401, 403 and 429 (too many failed sign-ins) as RFC 9457 problem+json, like every other error of the API. */
final class ProblemSecurityAnswers implements AuthenticationEntryPoint, AccessDeniedHandler {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    /** False for the workbench's own calls: a Basic challenge there would open the browser's password dialog. */
    private final boolean basicChallenge;

    ProblemSecurityAnswers(boolean basicChallenge) {
        this.basicChallenge = basicChallenge;
    }

    @Override
    public void commence(HttpServletRequest request, HttpServletResponse response, AuthenticationException e)
            throws IOException {
        if (e instanceof SignInThrottledException throttled) {
            response.setHeader("Retry-After", String.valueOf(throttled.retryAfterSeconds()));
            write(request, response, 429, ProblemTypes.TOO_MANY_SIGN_INS, "Too Many Requests",
                    "Too many failed sign-ins: try again in " + throttled.retryAfterSeconds() + " s.");
            return;
        }
        if (basicChallenge) {
            response.setHeader("WWW-Authenticate", "Basic realm=\"adjudicator\"");
            write(request, response, 401, ProblemTypes.UNAUTHORIZED, "Unauthorized", "Sign in with HTTP Basic.");
        } else {
            write(request, response, 401, ProblemTypes.UNAUTHORIZED, "Unauthorized", "Sign in again: your session has ended.");
        }
    }

    @Override
    public void handle(HttpServletRequest request, HttpServletResponse response, AccessDeniedException e)
            throws IOException {
        write(request, response, 403, ProblemTypes.FORBIDDEN, "Forbidden", "Your role does not allow this.");
    }

    private static void write(HttpServletRequest request, HttpServletResponse response, int status, URI type,
            String title, String detail) throws IOException {
        Map<String, Object> problem = new LinkedHashMap<>();
        problem.put("type", type.toString());
        problem.put("title", title);
        problem.put("status", status);
        problem.put("detail", detail);
        problem.put("instance", request.getRequestURI());
        response.setStatus(status);
        response.setContentType("application/problem+json");
        response.getOutputStream().write(JSON.writeValueAsBytes(problem));
    }
}
