package io.glpiwallboard.wallboard;

import io.glpiwallboard.system.WallboardProperties;

import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

/** Access token on everything that shows data, the actuator included; security headers on every response. */
@Configuration(proxyBeanMethods = false)
class WallboardWebConfiguration implements WebMvcConfigurer {

	private final WallboardProperties properties;

	private final ErrorPages pages;

	WallboardWebConfiguration(WallboardProperties properties, ErrorPages pages) {
		this.properties = properties;
		this.pages = pages;
	}

	@Override
	public void addInterceptors(InterceptorRegistry registry) {
		registry.addInterceptor(new AccessTokenInterceptor(new AccessToken(properties), pages))
			.addPathPatterns("/", "/board/**", "/charts/**", "/api/**", "/runs", "/runs/**");
	}

	/** Actuator endpoints are not behind Spring MVC's interceptors: a servlet filter guards them. */
	@Bean
	FilterRegistrationBean<ActuatorAccessFilter> actuatorAccessFilter() {
		FilterRegistrationBean<ActuatorAccessFilter> registration = new FilterRegistrationBean<>(
				new ActuatorAccessFilter(new AccessToken(properties)));
		registration.addUrlPatterns("/actuator", "/actuator/*");
		registration.setOrder(Ordered.HIGHEST_PRECEDENCE + 1);
		return registration;
	}

	@Bean
	FilterRegistrationBean<SecurityHeadersFilter> securityHeadersFilter() {
		FilterRegistrationBean<SecurityHeadersFilter> registration = new FilterRegistrationBean<>(new SecurityHeadersFilter());
		registration.setOrder(Ordered.HIGHEST_PRECEDENCE);
		return registration;
	}

}
