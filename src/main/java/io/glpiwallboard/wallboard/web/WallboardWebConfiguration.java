package io.glpiwallboard.wallboard.web;

import io.glpiwallboard.wallboard.WallboardProperties;

import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;
import org.springframework.http.CacheControl;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;
import org.springframework.web.servlet.mvc.WebContentInterceptor;

/**
 * Access token on everything that shows data, the actuator included; security and cache
 * headers on every response.
 */
@Configuration(proxyBeanMethods = false)
class WallboardWebConfiguration implements WebMvcConfigurer {

	/**
	 * JSON and the run history: their Cache-Control is set here; the board pages set
	 * their own.
	 */
	private static final String[] DATA_NOT_PAGES = { "/api/**", "/runs", "/runs/**" };

	private final WallboardProperties properties;

	private final ErrorPages pages;

	WallboardWebConfiguration(WallboardProperties properties, ErrorPages pages) {
		this.properties = properties;
		this.pages = pages;
	}

	@Override
	public void addInterceptors(InterceptorRegistry registry) {
		// first, so the 401/403 answers carry it too: with a token, neither the browser
		// nor a proxy
		// may keep the data; without, they may keep it but must ask again each time
		WebContentInterceptor caching = new WebContentInterceptor();
		boolean guarded = properties.accessToken() != null && !properties.accessToken().isBlank();
		caching.addCacheMapping(guarded ? CacheControl.noStore().cachePrivate() : CacheControl.noCache(),
				DATA_NOT_PAGES);
		registry.addInterceptor(caching).addPathPatterns(DATA_NOT_PAGES);
		registry.addInterceptor(new AccessTokenInterceptor(new AccessToken(properties), pages))
			.addPathPatterns("/", "/board/**", "/charts/**", "/api/**", "/runs", "/runs/**");
	}

	/**
	 * Actuator endpoints are not behind Spring MVC's interceptors: a servlet filter
	 * guards them.
	 */
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
		FilterRegistrationBean<SecurityHeadersFilter> registration = new FilterRegistrationBean<>(
				new SecurityHeadersFilter());
		registration.setOrder(Ordered.HIGHEST_PRECEDENCE);
		return registration;
	}

}
