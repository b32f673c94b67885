package be.nestwerk.platform.account;

import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.servlet.ModelAndView;

@ControllerAdvice(basePackageClasses = AccountErrors.class)
@Order(Ordered.HIGHEST_PRECEDENCE)
class AccountErrors {

    @ExceptionHandler(LinkGoneException.class)
    ModelAndView linkGone() {
        ModelAndView view = new ModelAndView("account/link-gone");
        view.setStatus(HttpStatus.GONE);
        return view;
    }
}
