package ca.ccrweb.office.core.imports;

import java.math.BigDecimal;
import java.util.OptionalLong;

/** Money typed either way: 1250.50, 1,250.50, 1 250,50 $, 12,5. Returned in cents. */
final class Amounts {
    private Amounts() {
    }

    static OptionalLong cents(String text) {
        String value = text.replaceAll("[\\s\\u00A0\\u202F$]", "").replace("CAD", "");
        if (value.isEmpty()) {
            return OptionalLong.empty();
        }
        int comma = value.lastIndexOf(',');
        int dot = value.lastIndexOf('.');
        if (comma >= 0 && dot >= 0) {
            char decimal = comma > dot ? ',' : '.';
            char grouping = decimal == ',' ? '.' : ',';
            value = value.replace(String.valueOf(grouping), "").replace(decimal, '.');
        } else if (comma >= 0) {
            boolean severalCommas = value.indexOf(',') != comma;
            boolean thousands = value.length() - comma - 1 == 3 && comma >= 1 && comma <= 3;
            value = severalCommas || thousands ? value.replace(",", "") : value.replace(',', '.');
        }
        try {
            BigDecimal amount = new BigDecimal(value).movePointRight(2);
            if (amount.stripTrailingZeros().scale() > 0) {
                return OptionalLong.empty();
            }
            return OptionalLong.of(amount.longValueExact());
        } catch (NumberFormatException | ArithmeticException e) {
            return OptionalLong.empty();
        }
    }
}
