package be.nestwerk.offer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import be.nestwerk.offer.OfferForm.Rows;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.springframework.context.support.ResourceBundleMessageSource;
import org.springframework.mock.web.MockHttpServletRequest;

/** Reading what people type into the offer editor, its buttons, and its messages: no Spring, no database. */
class OfferEditorFormTests {

    @Test
    void numbersDatesAndTimesAreReadAsPeopleTypeThem() {
        OfferFormReader in = new OfferFormReader();

        assertThat(in.amount("a", "12,50")).isEqualByComparingTo(new BigDecimal("12.50"));
        assertThat(in.amount("a", "€ 3")).isEqualByComparingTo(new BigDecimal("3"));
        assertThat(in.date("d", "30/06/2027")).isEqualTo(LocalDate.of(2027, 6, 30));
        assertThat(in.date("d", "2027-06-30")).isEqualTo(LocalDate.of(2027, 6, 30));
        assertThat(in.requiredTime("t", "9.30", LocalTime.MIN)).isEqualTo(LocalTime.of(9, 30));
        assertThat(in.requiredTime("t", "14u00", LocalTime.MIN)).isEqualTo(LocalTime.of(14, 0));
        assertThat(in.integer("i", "−9", -9, 288)).isEqualTo(-9);
        assertThat(in.coordinate("c", "51,0259")).isEqualTo(51.0259);
        assertThat(in.problems()).isEmpty();
    }

    @Test
    void whatCannotBeReadIsAProblemOfItsFieldInWords() {
        OfferFormReader in = new OfferFormReader();

        assertThat(in.date("sessions[0].date", "31/02/2027")).isNull();
        assertThat(in.amount("costs[0].amount", "vijf euro")).isNull();
        assertThat(in.integer("ageFrom", "-10", -9, 288)).isNull();
        assertThat(in.link("website", "javascript:alert(1)")).isNotNull();
        assertThat(in.choice("kind", "EVERYTHING", OfferKind.class, OfferKind.SERVICE))
                .isEqualTo(OfferKind.SERVICE);
        assertThat(in.choice("status", "", OfferStatus.class, OfferStatus.ACTIVE))
                .isEqualTo(OfferStatus.ACTIVE);

        assertThat(in.problems())
                .extracting(ContentProblem::field, ContentProblem::messageKey)
                .containsExactly(
                        tuple("sessions[0].date", "offer.editor.problem.date"),
                        tuple("costs[0].amount", "offer.editor.problem.amount"),
                        tuple("ageFrom", "offer.editor.problem.integer"),
                        tuple("website", "offer.editor.problem.link"),
                        tuple("kind", "offer.editor.problem.choice"),
                        tuple("status", "offer.editor.problem.required"));
    }

    @Test
    void theContentsProblemsAreShownAtTheFormsFieldsWithTheirLabelsInTheSummary() {
        OfferForm form = OfferForm.blank();
        form.addTranslation("fr");
        form.addRow(Rows.SESSION);
        form.getSessions().get(0).setRepeat(SessionRepeat.ADVANCED.name());
        List<ContentProblem> content = List.of(
                ContentProblem.of("texts[fr].name", "offer.problem.text.tooLong", 200),
                ContentProblem.of("ages", "offer.problem.ages", -9, 288),
                ContentProblem.of("sessions[0].recurrence", "offer.problem.recurrence"),
                ContentProblem.of("places[0]", "offer.problem.id.duplicate"));
        List<ContentProblem> unreadable =
                List.of(ContentProblem.of("places[0].latitude", "offer.editor.problem.coordinate"));

        OfferFormErrors errors = OfferFormErrors.of(unreadable, content, form, messages(), Locale.ENGLISH);

        assertThat(errors.has("texts[1].name")).isTrue();
        assertThat(errors.has("ageFrom")).isTrue();
        assertThat(errors.text("sessions[0].rule")).isEqualTo("We do not understand this repetition.");
        // the place could not be read: its content problems would only repeat that
        assertThat(errors.has("places[0]")).isFalse();
        assertThat(errors.summary())
                .extracting(OfferFormErrors.Line::anchor)
                .containsExactly("texts-1-name", "ageFrom", "places-0-latitude", "sessions-0-rule");
        assertThat(errors.summary().get(0).text()).startsWith("Français, Name: ");
        assertThat(errors.summary().get(3).text()).startsWith("Session 1, Recurrence rule (RRULE): ");
        assertThat(errors.describedBy("ageFrom", true)).isEqualTo("ageFrom-hint ageFrom-error");
        assertThat(errors.describedBy("email", false)).isNull();
    }

    @Test
    void theButtonsAddAndRemoveRowsAndTranslationsButNeverTheDutchText() {
        OfferForm form = OfferForm.blank();
        form.addRow(Rows.PLACE);
        String place = form.getPlaces().get(0).getId();
        OfferFormAction.parse("add-session").applyTo(form);
        form.getSessions().get(0).setPlace(place);
        form.setNewLanguage("ar");
        OfferFormAction.parse("add-translation").applyTo(form);

        OfferFormAction.parse("remove-place-0").applyTo(form);
        OfferFormAction.parse("remove-translation-0").applyTo(form);

        assertThat(form.getPlaces()).isEmpty();
        assertThat(form.getSessions().get(0).getPlace()).isNull();
        assertThat(form.getTexts()).extracting(OfferFormText::getLanguage).containsExactly("nl", "ar");
        assertThat(OfferFormAction.parse(null).isSave()).isTrue();
        assertThat(OfferFormAction.parse("remove-cost").isSave()).isTrue();
        assertThat(OfferFormAction.parse("drop-table").isSave()).isTrue();
    }

    @Test
    void aCraftedRowIndexIsLeftOutInsteadOfMakingRowsOrFailing() {
        MockHttpServletRequest request = new MockHttpServletRequest("POST", "/n/x/offers");
        request.addParameter("places[0].postcode", "2800");
        request.addParameter("places[99999].postcode", "2000");
        request.addParameter("places[-1].postcode", "1000");
        request.addParameter("languages[7]", "fr");

        OfferForm form = OfferFormBinding.bind(request);

        assertThat(form.getPlaces()).extracting(OfferFormPlace::getPostcode).containsExactly("2800");
        assertThat(form.getLanguages()).containsExactly("fr");
    }

    private static ResourceBundleMessageSource messages() {
        ResourceBundleMessageSource messages = new ResourceBundleMessageSource();
        messages.setBasenames("messages/offer-editor", "messages/offer");
        messages.setDefaultEncoding("UTF-8");
        messages.setFallbackToSystemLocale(false);
        messages.setAlwaysUseMessageFormat(true);
        return messages;
    }
}
