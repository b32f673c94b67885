package be.nestwerk.offer;

import be.nestwerk.offer.OfferForm.Rows;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * Which submit button of the offer editor was pressed: save (also the Enter key, and no button at all), add or
 * remove a translation, add or remove a row. Anything else is read as save, which then explains what is missing.
 */
record OfferFormAction(Kind kind, @Nullable Rows rows, int index) {

    enum Kind {
        SAVE,
        ADD_TRANSLATION,
        REMOVE_TRANSLATION,
        ADD_ROW,
        REMOVE_ROW
    }

    private static final Pattern ROW =
            Pattern.compile("(add|remove)-(cost|place|hours|closure|session)(?:-([0-9]{1,3}))?");
    private static final Pattern REMOVE_TRANSLATION = Pattern.compile("remove-translation-([0-9]{1,2})");

    static OfferFormAction parse(@Nullable String action) {
        if (action == null) {
            return save();
        }
        if (action.equals("add-translation")) {
            return new OfferFormAction(Kind.ADD_TRANSLATION, null, -1);
        }
        Matcher translation = REMOVE_TRANSLATION.matcher(action);
        if (translation.matches()) {
            return new OfferFormAction(Kind.REMOVE_TRANSLATION, null, Integer.parseInt(translation.group(1)));
        }
        Matcher row = ROW.matcher(action);
        if (row.matches() && row.group(1).equals("add") == (row.group(3) == null)) {
            Rows rows = Rows.valueOf(row.group(2).toUpperCase(Locale.ROOT));
            return row.group(3) == null
                    ? new OfferFormAction(Kind.ADD_ROW, rows, -1)
                    : new OfferFormAction(Kind.REMOVE_ROW, rows, Integer.parseInt(row.group(3)));
        }
        return save();
    }

    private static OfferFormAction save() {
        return new OfferFormAction(Kind.SAVE, null, -1);
    }

    boolean isSave() {
        return kind == Kind.SAVE;
    }

    /** Changes the form as the button says; saving is the controller's. */
    void applyTo(OfferForm form) {
        switch (kind) {
            case ADD_TRANSLATION -> form.addTranslation(form.getNewLanguage());
            case REMOVE_TRANSLATION -> form.removeTranslation(index);
            case ADD_ROW -> form.addRow(rows);
            case REMOVE_ROW -> form.removeRow(rows, index);
            case SAVE -> {}
        }
        form.setNewLanguage(null);
    }
}
