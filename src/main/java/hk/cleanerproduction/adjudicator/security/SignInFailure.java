package hk.cleanerproduction.adjudicator.security;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.web.authentication.AuthenticationFailureHandler;

/** Back to the sign-in form, saying why: a wrong name or password, or too many failed tries for now. */
final class SignInFailure implements AuthenticationFailureHandler {

    @Override
    public void onAuthenticationFailure(HttpServletRequest request, HttpServletResponse response,
            AuthenticationException e) throws IOException {
        String why = e instanceof SignInThrottledException throttled ? "throttled&retry=" + throttled.retryAfterSeconds() : "error";
        response.sendRedirect(request.getContextPath() + WorkbenchRequests.SIGN_IN_PAGE + "?" + why);
    }
}
