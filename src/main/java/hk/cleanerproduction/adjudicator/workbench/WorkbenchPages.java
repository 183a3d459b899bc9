package hk.cleanerproduction.adjudicator.workbench;

import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.servlet.config.annotation.ViewControllerRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

/**
 * The policy officers' pages: static files under {@code static/workbench/} that call the API. A person
 * who opens the service's address lands on them; {@code /workbench/} is their home page.
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnWebApplication(type = ConditionalOnWebApplication.Type.SERVLET)
public class WorkbenchPages implements WebMvcConfigurer {

    @Override
    public void addViewControllers(ViewControllerRegistry registry) {
        registry.addRedirectViewController("/", "/workbench/");
        registry.addRedirectViewController("/workbench", "/workbench/");
        registry.addViewController("/workbench/").setViewName("forward:/workbench/index.html");
    }
}
