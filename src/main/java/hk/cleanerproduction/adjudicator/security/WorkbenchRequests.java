package hk.cleanerproduction.adjudicator.security;

import jakarta.servlet.http.Cookie;
import jakarta.servlet.http.HttpServletRequest;
import org.springframework.security.web.AuthenticationEntryPoint;
import org.springframework.security.web.authentication.LoginUrlAuthenticationEntryPoint;

/** Which requests are the workbench's (a person in a browser) rather than another system's. */
final class WorkbenchRequests {

    static final String HOME = "/workbench/";
    static final String SIGN_IN_PAGE = "/workbench/sign-in.html";
    static final String SIGN_IN = "/workbench/sign-in";
    static final String SIGN_OUT = "/workbench/sign-out";
    /** What the sign-in page itself needs before anyone has signed in. */
    static final String[] OPEN_ASSETS = {SIGN_IN_PAGE, "/workbench/css/**", "/workbench/js/**", "/webjars/**",
            "/favicon.ico"};

    private static final String SESSION_COOKIE = "JSESSIONID";

    private WorkbenchRequests() {
    }

    /**
     * A request with credentials of its own (HTTP Basic) is a system's, wherever it goes. Otherwise the
     * pages' paths are the workbench's, and so is an API call that carries the session cookie (the
     * pages' own calls); an API call with neither gets the API's 401 with its Basic challenge.
     */
    static boolean fromWorkbench(HttpServletRequest request) {
        if (request.getHeader("Authorization") != null) {
            return false;
        }
        String path = path(request);
        if (path.equals("/") || path.equals("/workbench") || path.startsWith("/workbench/")
                || path.startsWith("/webjars/") || path.equals("/favicon.ico")) {
            return true;
        }
        return hasSessionCookie(request);
    }

    /** A page without a session goes to the sign-in form; an API call gets the given answer (401 problem+json). */
    static AuthenticationEntryPoint signInFirst(AuthenticationEntryPoint apiAnswer) {
        AuthenticationEntryPoint form = new LoginUrlAuthenticationEntryPoint(SIGN_IN_PAGE);
        return (request, response, e) -> (api(request) ? apiAnswer : form).commence(request, response, e);
    }

    static boolean api(HttpServletRequest request) {
        return path(request).startsWith("/api/");
    }

    private static boolean hasSessionCookie(HttpServletRequest request) {
        Cookie[] cookies = request.getCookies();
        if (cookies == null) {
            return false;
        }
        for (Cookie cookie : cookies) {
            if (SESSION_COOKIE.equals(cookie.getName())) {
                return true;
            }
        }
        return false;
    }

    private static String path(HttpServletRequest request) {
        return request.getRequestURI().substring(request.getContextPath().length());
    }
}
