package be.nestwerk.offer;

import jakarta.servlet.http.HttpServletRequest;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.springframework.beans.BeansException;
import org.springframework.beans.MutablePropertyValues;
import org.springframework.beans.PropertyValue;
import org.springframework.validation.DataBinder;
import org.springframework.web.bind.ServletRequestParameterPropertyValues;

/**
 * Binds the editor's request parameters to a new {@link OfferForm}. A row index that is not a number below {@link
 * #MAX_ROWS} (more rows than anyone needs, or a crafted request) is left out here: the binder would otherwise either
 * create that many rows or fail the whole request.
 */
final class OfferFormBinding {

    static final int MAX_ROWS = 100;

    private static final Pattern INDEX = Pattern.compile("\\[([^]]*)]");

    private OfferFormBinding() {}

    static OfferForm bind(HttpServletRequest request) {
        MutablePropertyValues values = new ServletRequestParameterPropertyValues(request);
        for (PropertyValue value : values.getPropertyValues()) {
            if (!withinBounds(value.getName())) {
                values.removePropertyValue(value);
            }
        }
        OfferForm form = new OfferForm();
        DataBinder binder = new DataBinder(form, "offerForm");
        binder.setAutoGrowCollectionLimit(MAX_ROWS);
        binder.setIgnoreInvalidFields(true);
        try {
            binder.bind(values);
        } catch (BeansException unbindable) {
            // a parameter no form of ours sends (say an index into a text): a bad request, not a server error
            throw new IllegalArgumentException("Offer form parameters cannot be bound", unbindable);
        }
        form.dropHoles();
        return form;
    }

    private static boolean withinBounds(String name) {
        Matcher index = INDEX.matcher(name);
        while (index.find()) {
            String digits = index.group(1);
            if (!digits.matches("[0-9]{1,3}") || Integer.parseInt(digits) >= MAX_ROWS) {
                return false;
            }
        }
        return true;
    }
}
