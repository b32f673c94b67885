package be.nestwerk.family;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * The registration form as typed: everything kept as text, so that a wrong value comes back to the professional as
 * they typed it. Up to {@link #CHILD_ROWS} children at once; more are added on the family's page.
 */
public class FamilyForm {

    static final int CHILD_ROWS = 4;

    private String organisation = "";
    private String name = "";
    private boolean pseudonym;
    private String contactRoute = "";
    private String postcode = "";
    private String languages = "nl";
    private boolean interpreterNeeded;
    private String legalBasis = LegalBasis.CONSENT.name();
    private String memberName = "";
    private String memberRelation = MemberRelation.PARENT.name();
    private List<ChildRow> children = new ArrayList<>();

    public FamilyForm() {
        while (children.size() < CHILD_ROWS) {
            children.add(new ChildRow());
        }
    }

    /** One row of the children table. */
    public static class ChildRow {
        private String firstName = "";
        private String birthDate = "";
        private boolean expected;

        public String getFirstName() {
            return firstName;
        }

        public void setFirstName(String firstName) {
            this.firstName = firstName;
        }

        public String getBirthDate() {
            return birthDate;
        }

        public void setBirthDate(String birthDate) {
            this.birthDate = birthDate;
        }

        public boolean isExpected() {
            return expected;
        }

        public void setExpected(boolean expected) {
            this.expected = expected;
        }

        boolean empty() {
            return firstName.isBlank() && birthDate.isBlank();
        }
    }

    /** The family to register, with the problems of what could not be read (dates, choices). */
    NewFamily read(List<FamilyProblem> problems) {
        List<NewFamily.NewChild> read = new ArrayList<>();
        for (int i = 0; i < children.size(); i++) {
            ChildRow row = children.get(i);
            if (row.empty()) {
                continue;
            }
            try {
                read.add(new NewFamily.NewChild(row.firstName, LocalDate.parse(row.birthDate.strip()), row.expected));
            } catch (DateTimeParseException unreadable) {
                problems.add(FamilyProblem.of("children[" + i + "].birthDate", "family.problem.date"));
            }
        }
        return new NewFamily(
                name,
                pseudonym,
                contactRoute,
                postcode,
                Arrays.stream(languages.split("[,;\\s]+"))
                        .map(code -> code.strip().toLowerCase(Locale.ROOT))
                        .filter(code -> !code.isEmpty())
                        .distinct()
                        .toList(),
                interpreterNeeded,
                choice(LegalBasis.class, legalBasis, "legalBasis", LegalBasis.CONSENT, problems),
                memberName.isBlank()
                        ? List.of()
                        : List.of(new NewFamily.Member(
                                memberName,
                                choice(
                                        MemberRelation.class,
                                        memberRelation,
                                        "memberRelation",
                                        MemberRelation.OTHER,
                                        problems))),
                read);
    }

    /** The correction of an existing family: the family's own fields of this form. */
    FamilyCorrection correction(List<FamilyProblem> problems) {
        NewFamily read = read(problems);
        return new FamilyCorrection(
                read.name(),
                read.pseudonym(),
                read.contactRoute(),
                read.postcode(),
                read.homeLanguages(),
                read.interpreterNeeded(),
                read.legalBasis());
    }

    /** The form of an existing family, to correct it. */
    static FamilyForm of(Family family) {
        FamilyForm form = new FamilyForm();
        form.name = family.name();
        form.pseudonym = family.pseudonym();
        form.contactRoute = family.contactRoute() == null ? "" : family.contactRoute();
        form.postcode = family.postcode() == null ? "" : family.postcode();
        form.languages = String.join(", ", family.homeLanguages());
        form.interpreterNeeded = family.interpreterNeeded();
        form.legalBasis = family.legalBasis().name();
        return form;
    }

    @Nullable
    UUID organisationId(List<FamilyProblem> problems) {
        try {
            return UUID.fromString(organisation.strip());
        } catch (IllegalArgumentException unreadable) {
            problems.add(FamilyProblem.of("organisation", "family.problem.choose"));
            return null;
        }
    }

    /** The choice as typed, or the fallback after reporting that the value is not one of the choices. */
    static <E extends Enum<E>> E choice(
            Class<E> type, String value, String field, E fallback, List<FamilyProblem> problems) {
        try {
            return Enum.valueOf(type, value.strip());
        } catch (IllegalArgumentException unknown) {
            problems.add(FamilyProblem.of(field, "family.problem.choose"));
            return fallback;
        }
    }

    public String getOrganisation() {
        return organisation;
    }

    public void setOrganisation(String organisation) {
        this.organisation = organisation;
    }

    public String getName() {
        return name;
    }

    public void setName(String name) {
        this.name = name;
    }

    public boolean isPseudonym() {
        return pseudonym;
    }

    public void setPseudonym(boolean pseudonym) {
        this.pseudonym = pseudonym;
    }

    public String getContactRoute() {
        return contactRoute;
    }

    public void setContactRoute(String contactRoute) {
        this.contactRoute = contactRoute;
    }

    public String getPostcode() {
        return postcode;
    }

    public void setPostcode(String postcode) {
        this.postcode = postcode;
    }

    public String getLanguages() {
        return languages;
    }

    public void setLanguages(String languages) {
        this.languages = languages;
    }

    public boolean isInterpreterNeeded() {
        return interpreterNeeded;
    }

    public void setInterpreterNeeded(boolean interpreterNeeded) {
        this.interpreterNeeded = interpreterNeeded;
    }

    public String getLegalBasis() {
        return legalBasis;
    }

    public void setLegalBasis(String legalBasis) {
        this.legalBasis = legalBasis;
    }

    public String getMemberName() {
        return memberName;
    }

    public void setMemberName(String memberName) {
        this.memberName = memberName;
    }

    public String getMemberRelation() {
        return memberRelation;
    }

    public void setMemberRelation(String memberRelation) {
        this.memberRelation = memberRelation;
    }

    public List<ChildRow> getChildren() {
        return children;
    }

    public void setChildren(List<ChildRow> children) {
        this.children = new ArrayList<>(children.subList(0, Math.min(children.size(), CHILD_ROWS)));
        while (this.children.size() < CHILD_ROWS) {
            this.children.add(new ChildRow());
        }
    }
}
