package be.nestwerk.platform.account;

import be.nestwerk.platform.web.LayoutModel;
import jakarta.servlet.http.HttpServletRequest;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.servlet.ModelAndView;

@ControllerAdvice(basePackageClasses = AccountErrors.class)
@Order(Ordered.HIGHEST_PRECEDENCE)
class AccountErrors {

    private final LayoutModel layout;

    AccountErrors(LayoutModel layout) {
        this.layout = layout;
    }

    @ExceptionHandler(LinkGoneException.class)
    ModelAndView linkGone(HttpServletRequest request) {
        ModelAndView view = new ModelAndView("account/link-gone");
        view.setStatus(HttpStatus.GONE);
        layout.addTo(view, request);
        return view;
    }
}
