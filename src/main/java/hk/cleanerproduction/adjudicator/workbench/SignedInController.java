package hk.cleanerproduction.adjudicator.workbench;

import io.swagger.v3.oas.annotations.Hidden;
import java.util.List;
import org.springframework.http.MediaType;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

/** Who is signed in to the pages: their header shows it, and a draft's author sees no "approve" of their own. */
@Hidden // a detail of the pages, not part of the API
@RestController
class SignedInController {

    record SignedIn(String name, List<String> roles) {
    }

    @GetMapping(path = "/workbench/me", produces = MediaType.APPLICATION_JSON_VALUE)
    SignedIn me(Authentication authentication) {
        return new SignedIn(authentication.getName(), authentication.getAuthorities().stream()
                .map(GrantedAuthority::getAuthority)
                .filter(a -> a.startsWith("ROLE_"))
                .map(a -> a.substring("ROLE_".length()))
                .toList());
    }
}
