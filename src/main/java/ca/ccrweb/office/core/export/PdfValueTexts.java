package ca.ccrweb.office.core.export;

import java.text.NumberFormat;
import java.time.Clock;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.Currency;
import java.util.Locale;

/** The cell texts in the reader's language: amounts in Canadian dollars, medium-length dates. */
final class PdfValueTexts {
    private final NumberFormat money;
    private final DateTimeFormatter date;
    private final DateTimeFormatter dateTime;
    private final DateTimeFormatter longDate;

    PdfValueTexts(Locale locale, Clock clock) {
        money = NumberFormat.getCurrencyInstance(locale);
        money.setCurrency(Currency.getInstance("CAD"));
        date = DateTimeFormatter.ofLocalizedDate(FormatStyle.MEDIUM).withLocale(locale);
        dateTime = DateTimeFormatter.ofLocalizedDateTime(FormatStyle.MEDIUM, FormatStyle.SHORT)
                .withLocale(locale)
                .withZone(clock.getZone());
        longDate = DateTimeFormatter.ofLocalizedDate(FormatStyle.LONG).withLocale(locale);
    }

    String of(Column<?> column, Object value) {
        if (value == null) {
            return "";
        }
        return switch (column.type()) {
            case TEXT -> PdfFonts.shapeLogical(value.toString());
            case INTEGER -> CellValues.plainInteger(CellValues.integer(column, value));
            case MONEY -> money.format(CellValues.dollars(CellValues.cents(column, value)));
            case DATE -> date.format(CellValues.date(column, value));
            case DATE_TIME -> dateTime.format(CellValues.instant(column, value));
        };
    }

    String longDate(LocalDate day) {
        return longDate.format(day);
    }
}
