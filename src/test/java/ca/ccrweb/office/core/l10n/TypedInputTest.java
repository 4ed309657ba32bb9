package ca.ccrweb.office.core.l10n;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.EnumSource;

import java.time.LocalDate;
import java.util.Locale;

import static org.assertj.core.api.Assertions.assertThat;

class TypedInputTest {
    private static final Locale FRENCH = Language.FR.locale();
    private static final Locale ENGLISH = Language.EN.locale();

    @ParameterizedTest
    @EnumSource(Language.class)
    void anAmountTakesACommaOrAPointBeforeItsCentsInBothLanguages(Language language) {
        Locale locale = language.locale();
        assertThat(TypedInput.cents("1,5", locale).value()).isEqualTo(150L);
        assertThat(TypedInput.cents("1.50", locale).value()).isEqualTo(150L);
        assertThat(TypedInput.cents("1 000,50", locale).value()).isEqualTo(100_050L);
        assertThat(TypedInput.cents("1\u00A0000,50 $", locale).value()).isEqualTo(100_050L);
        assertThat(TypedInput.cents("$12", locale).value()).isEqualTo(1_200L);
        assertThat(TypedInput.cents("  ", locale)).isEqualTo(TypedInput.Reading.nothing());
    }

    @ParameterizedTest
    @EnumSource(Language.class)
    void anAmountThatIsNotOneSaysWhy(Language language) {
        Locale locale = language.locale();
        assertThat(TypedInput.cents("douze", locale).errorKey()).isEqualTo("input.amount.malformed");
        assertThat(TypedInput.cents("1,2,3", locale).errorKey()).isEqualTo("input.amount.malformed");
        assertThat(TypedInput.cents("12,505", FRENCH).errorKey()).isEqualTo("input.amount.cents");
        assertThat(TypedInput.cents("-5", locale).errorKey()).isEqualTo("validation.notNegative");
        assertThat(TypedInput.cents("99999999999", locale).errorKey()).isEqualTo("events.amount.tooLarge");
    }

    @Test
    void thousandsAreGroupedAsEachLanguageWritesThem() {
        assertThat(TypedInput.cents("1,000.50", ENGLISH).value()).isEqualTo(100_050L);
        assertThat(TypedInput.cents("1,000", ENGLISH).value()).isEqualTo(100_000L);
        assertThat(TypedInput.cents("1.000,50", FRENCH).value()).isEqualTo(100_050L);
        assertThat(TypedInput.wholeNumber("1,500", ENGLISH).value()).isEqualTo(1_500);
        assertThat(TypedInput.wholeNumber("1 500", FRENCH).value()).isEqualTo(1_500);
    }

    @ParameterizedTest
    @EnumSource(Language.class)
    void aWholeNumberRefusesDecimalsRatherThanReadingThemAsDigits(Language language) {
        Locale locale = language.locale();
        assertThat(TypedInput.wholeNumber("1,5", locale).errorKey()).isEqualTo("input.number.notWhole");
        assertThat(TypedInput.wholeNumber("1.5", locale).errorKey()).isEqualTo("input.number.notWhole");
        assertThat(TypedInput.wholeNumber("250", locale).value()).isEqualTo(250);
        assertThat(TypedInput.wholeNumber("deux cents", locale).errorKey()).isEqualTo("input.number.malformed");
        assertThat(TypedInput.wholeNumber("-3", locale).errorKey()).isEqualTo("validation.notNegative");
        assertThat(TypedInput.wholeNumber("12345678901", locale).errorKey()).isEqualTo("input.number.tooLarge");
    }

    @ParameterizedTest
    @CsvSource({"2027-05-27, FR", "2027-05-27, EN", "27/05/2027, FR", "27 mai 2027, FR", "'May 27, 2027', EN",
            "2027-5-27, EN"})
    void aDateIsReadInTheFormsStaffTypeAndSee(String typed, Language language) {
        assertThat(TypedInput.date(typed, language.locale()).value()).isEqualTo(LocalDate.of(2027, 5, 27));
    }

    @ParameterizedTest
    @EnumSource(Language.class)
    void anImpossibleDateSaysSoAndAnUnreadableOneAsksForTheForm(Language language) {
        Locale locale = language.locale();
        assertThat(TypedInput.date("2026-02-30", locale).errorKey()).isEqualTo("input.date.impossible");
        assertThat(TypedInput.date("2026-13-01", locale).errorKey()).isEqualTo("input.date.impossible");
        assertThat(TypedInput.date("31/04/2026", locale).errorKey()).isEqualTo("input.date.impossible");
        assertThat(TypedInput.date("next tuesday", locale).errorKey()).isEqualTo("input.date.unreadable");
        assertThat(TypedInput.date("", locale)).isEqualTo(TypedInput.Reading.nothing());
    }

    @ParameterizedTest
    @EnumSource(Language.class)
    void eachMessageReadsInBothLanguages(Language language) {
        Messages messages = Messages.of(language);
        assertThat(messages.get("input.date.impossible", "2026-02-30")).contains("2026-02-30");
        assertThat(messages.get("input.number.notWhole")).doesNotContain("!");
    }
}
