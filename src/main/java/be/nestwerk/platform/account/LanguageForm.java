package be.nestwerk.platform.account;

/** The language a person wants Nestwerk and its mails in, by its tag; checked against the product's languages. */
class LanguageForm {

    private String language = "";

    public String getLanguage() {
        return language;
    }

    public void setLanguage(String language) {
        this.language = language == null ? "" : language;
    }
}
