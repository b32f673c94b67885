package be.nestwerk.platform.tenancy;

import be.nestwerk.platform.web.NotFoundException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.jspecify.annotations.Nullable;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.method.HandlerMethod;
import org.springframework.web.servlet.HandlerInterceptor;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

/**
 * A first, coarse line in front of every network-scoped address ({@code /n/{slug}/…}, {@code /api/v1/networks/{slug}/…}):
 * the network must exist and the caller must be one of its members, before any form or JSON body is even read.
 * The application services then decide per role and organisation.
 */
@Configuration(proxyBeanMethods = false)
class NetworkMembershipGuard implements WebMvcConfigurer {

    private final NetworkDirectory networks;
    private final NetworkAccess access;

    NetworkMembershipGuard(NetworkDirectory networks, NetworkAccess access) {
        this.networks = networks;
        this.access = access;
    }

    @Override
    public void addInterceptors(InterceptorRegistry registry) {
        registry.addInterceptor(new Guard(2)).addPathPatterns("/n/*", "/n/*/**");
        registry.addInterceptor(new Guard(4)).addPathPatterns("/api/v1/networks/*", "/api/v1/networks/*/**");
    }

    private static @Nullable RequiresNetworkRole required(HandlerMethod method) {
        RequiresNetworkRole onMethod = method.getMethodAnnotation(RequiresNetworkRole.class);
        return onMethod != null ? onMethod : method.getBeanType().getAnnotation(RequiresNetworkRole.class);
    }

    private final class Guard implements HandlerInterceptor {

        private final int slugSegment;

        Guard(int slugSegment) {
            this.slugSegment = slugSegment;
        }

        @Override
        public boolean preHandle(HttpServletRequest request, HttpServletResponse response, Object handler) {
            String path =
                    request.getRequestURI().substring(request.getContextPath().length());
            String[] segments = path.split("/");
            if (segments.length <= slugSegment) {
                return true;
            }
            NetworkRef network =
                    networks.findBySlug(segments[slugSegment]).orElseThrow(() -> new NotFoundException("network"));
            RequiresNetworkRole roles = handler instanceof HandlerMethod method ? required(method) : null;
            if (roles == null) {
                access.requireMember(network.id());
            } else {
                access.require(network.id(), roles.value());
            }
            return true;
        }
    }
}
