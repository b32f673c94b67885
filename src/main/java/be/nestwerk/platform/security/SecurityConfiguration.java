package be.nestwerk.platform.security;

import be.nestwerk.platform.web.MapTiles;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.crypto.factory.PasswordEncoderFactories;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.authentication.HttpStatusEntryPoint;
import org.springframework.security.web.authentication.www.BasicAuthenticationFilter;
import org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter;

@Configuration(proxyBeanMethods = false)
class SecurityConfiguration {

    /** The pages' policy; map tiles may come from the configured tile server ({@link MapTiles}). */
    static String contentSecurityPolicy(MapTiles tiles) {
        return "default-src 'self'; script-src 'self'; style-src 'self';"
                + " img-src 'self' data: " + tiles.imageSource() + "; connect-src 'self'; font-src 'self';"
                + " object-src 'none'; base-uri 'self'; form-action 'self'; frame-ancestors 'none'";
    }

    @Bean
    PasswordEncoder passwordEncoder() {
        // bcrypt today; the {id} prefix lets stored hashes move to a stronger encoder without a reset.
        return PasswordEncoderFactories.createDelegatingPasswordEncoder();
    }

    /** The token filter runs inside the API security chain only, not as a servlet filter of its own. */
    @Bean
    FilterRegistrationBean<ApiTokenAuthenticationFilter> apiTokenFilterRegistration(
            ApiTokenAuthenticationFilter filter) {
        FilterRegistrationBean<ApiTokenAuthenticationFilter> registration = new FilterRegistrationBean<>(filter);
        registration.setEnabled(false);
        return registration;
    }

    /** The JSON API and the actuator: stateless, a personal API token as bearer (or the session of a page). */
    @Bean
    @Order(1)
    SecurityFilterChain apiSecurity(HttpSecurity http, ApiTokenAuthenticationFilter apiTokens) throws Exception {
        http.securityMatcher("/api/**", "/actuator/**")
                .csrf(csrf -> csrf.disable())
                .sessionManagement(session -> session.sessionCreationPolicy(SessionCreationPolicy.NEVER))
                .addFilterBefore(apiTokens, BasicAuthenticationFilter.class)
                .exceptionHandling(
                        errors -> errors.authenticationEntryPoint(new HttpStatusEntryPoint(HttpStatus.UNAUTHORIZED)))
                .headers(headers -> headers.contentSecurityPolicy(
                        csp -> csp.policyDirectives("default-src 'none'; frame-ancestors 'none'")))
                .authorizeHttpRequests(requests -> requests.requestMatchers(
                                "/actuator/health", "/actuator/health/**", "/api/hsds/**", "/api/v1/offers/search")
                        .permitAll()
                        .requestMatchers("/actuator/**")
                        .hasRole("AGENCY_ADMIN")
                        .anyRequest()
                        .authenticated());
        return http.build();
    }

    @Bean
    @Order(2)
    SecurityFilterChain pageSecurity(HttpSecurity http, LoginOutcomes loginOutcomes, MapTiles tiles) throws Exception {
        http.authorizeHttpRequests(requests -> requests.requestMatchers(
                                "/",
                                "/networks",
                                "/networks/**",
                                "/offers",
                                "/offers/**",
                                "/calendar",
                                "/calendar/**",
                                "/calendar.ics",
                                "/calendar.pdf",
                                "/consent/**",
                                "/login",
                                "/account/invitation/**",
                                "/account/password-reset",
                                "/account/password-reset/**",
                                "/outbox",
                                "/css/**",
                                "/js/**",
                                "/img/**",
                                "/webjars/**",
                                "/favicon.ico",
                                "/error",
                                "/v3/api-docs",
                                "/v3/api-docs/**")
                        .permitAll()
                        .requestMatchers("/agency/**")
                        .hasRole("AGENCY_ADMIN")
                        .anyRequest()
                        .authenticated())
                .formLogin(form -> form.loginPage("/login")
                        .successHandler(loginOutcomes)
                        .failureHandler(loginOutcomes)
                        .permitAll())
                .logout(logout -> logout.logoutUrl("/logout")
                        .logoutSuccessUrl("/login?logout")
                        .addLogoutHandler(loginOutcomes))
                .headers(headers -> headers.contentSecurityPolicy(
                                csp -> csp.policyDirectives(contentSecurityPolicy(tiles)))
                        .frameOptions(frame -> frame.deny())
                        .referrerPolicy(
                                referrer -> referrer.policy(ReferrerPolicyHeaderWriter.ReferrerPolicy.SAME_ORIGIN)));
        return http.build();
    }
}
