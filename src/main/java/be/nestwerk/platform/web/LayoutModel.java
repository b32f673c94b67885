package be.nestwerk.platform.web;

import be.nestwerk.platform.security.CurrentUser;
import be.nestwerk.platform.security.NestwerkUser;
import be.nestwerk.platform.tenancy.MembershipView;
import be.nestwerk.platform.tenancy.Memberships;
import be.nestwerk.platform.tenancy.NetworkDirectory;
import be.nestwerk.platform.tenancy.NetworkRef;
import jakarta.servlet.http.HttpServletRequest;
import java.net.URI;
import java.net.URISyntaxException;
import java.util.Comparator;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpHeaders;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.servlet.ModelAndView;
import org.springframework.web.util.UriComponentsBuilder;

/** What every page's layout needs: the signed-in person, their networks (to switch) and the language links. */
@ControllerAdvice(annotations = org.springframework.stereotype.Controller.class)
public class LayoutModel {

    private final Memberships memberships;
    private final NetworkDirectory networks;

    LayoutModel(Memberships memberships, NetworkDirectory networks) {
        this.memberships = memberships;
        this.networks = networks;
    }

    @ModelAttribute("currentUser")
    @Nullable
    NestwerkUser currentUser(HttpServletRequest request) {
        return isPage(request) ? CurrentUser.get().orElse(null) : null;
    }

    @ModelAttribute("myNetworks")
    List<NetworkRef> myNetworks(HttpServletRequest request) {
        if (!isPage(request)) {
            return List.of();
        }
        return CurrentUser.get()
                .map(user -> networks
                        .findAllById(memberships.ofUser(user.id()).stream()
                                .map(MembershipView::networkId)
                                .distinct()
                                .toList())
                        .stream()
                        .sorted(Comparator.comparing(NetworkRef::name))
                        .toList())
                .orElse(List.of());
    }

    /**
     * The current address without its language parameter, to which the language links add their own. A page shown
     * in answer to a form (a POST) has no address of its own to load again, so its links lead back to the page that
     * held the form: the same-site referrer, when the browser sent one.
     */
    @ModelAttribute("languageBase")
    String languageBase(HttpServletRequest request) {
        if (!isPage(request)) {
            return "";
        }
        String path = request.getRequestURI();
        String query = request.getQueryString();
        if (!"GET".equals(request.getMethod()) && !"HEAD".equals(request.getMethod())) {
            URI form = sameSiteReferrer(request);
            if (form != null) {
                path = form.getRawPath();
                query = form.getRawQuery();
            }
        }
        return UriComponentsBuilder.fromPath(path)
                .query(query)
                .replaceQueryParam("lang")
                .build()
                .toUriString();
    }

    private static @Nullable URI sameSiteReferrer(HttpServletRequest request) {
        String referer = request.getHeader(HttpHeaders.REFERER);
        if (referer == null) {
            return null;
        }
        try {
            URI uri = new URI(referer);
            boolean sameSite = request.getServerName().equalsIgnoreCase(uri.getHost())
                    && request.getServerPort() == (uri.getPort() == -1 ? request.getServerPort() : uri.getPort());
            String path = uri.getRawPath();
            return sameSite && path != null && path.startsWith(request.getContextPath() + "/") && !path.startsWith("//")
                    ? uri
                    : null;
        } catch (URISyntaxException unreadable) {
            return null;
        }
    }

    /**
     * Exception handlers get no model attributes of their own, so the error page asks for the layout's here. The
     * network switch is left out when it cannot be read: the error may be that the database is unreachable.
     */
    public void addTo(ModelAndView view, HttpServletRequest request) {
        view.addObject("currentUser", currentUser(request));
        view.addObject("languageBase", languageBase(request));
        try {
            view.addObject("myNetworks", myNetworks(request));
        } catch (RuntimeException unavailable) {
            view.addObject("myNetworks", List.of());
        }
    }

    private static boolean isPage(HttpServletRequest request) {
        return !request.getRequestURI().startsWith(request.getContextPath() + "/api/");
    }
}
