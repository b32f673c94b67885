package be.nestwerk.platform.security;

import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestBuilders.formLogin;

import jakarta.servlet.http.Cookie;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/**
 * A person signed in through the real login form, whose session (Spring Session's cookie, which changes when the
 * session gains rights) follows them from request to request, as in a browser.
 */
final class WebSession {

    private final MockMvc mvc;
    private Cookie cookie;

    private WebSession(MockMvc mvc, Cookie cookie) {
        this.mvc = mvc;
        this.cookie = cookie;
    }

    static WebSession signIn(MockMvc mvc, String email, String password) throws Exception {
        MvcResult login =
                mvc.perform(formLogin("/login").user(email).password(password)).andReturn();
        Cookie cookie = login.getResponse().getCookie("SESSION");
        if (cookie == null || !"/workspace".equals(login.getResponse().getRedirectedUrl())) {
            throw new IllegalStateException("Sign-in failed for " + email);
        }
        return new WebSession(mvc, cookie);
    }

    MvcResult perform(MockHttpServletRequestBuilder request) throws Exception {
        MvcResult result = mvc.perform(request.cookie(cookie)).andReturn();
        Cookie renewed = result.getResponse().getCookie("SESSION");
        if (renewed != null && !renewed.getValue().isEmpty()) {
            cookie = renewed;
        }
        return result;
    }
}
