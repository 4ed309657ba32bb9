package ca.ccrweb.office.core.events;

import ca.ccrweb.office.core.common.Texts;

import java.util.ArrayList;
import java.util.List;

/**
 * Search-as-you-type over an event's registration list: each row's name, email and organization are made
 * into one accent-free lower-case key once, so each keystroke is a plain substring test per row. The
 * other criteria are optional (null: any).
 */
public final class RegistrationFilter {
    private final List<Registration> rows;
    private final String[] keys;

    public RegistrationFilter(List<Registration> rows) {
        this.rows = List.copyOf(rows);
        this.keys = new String[this.rows.size()];
        for (int i = 0; i < keys.length; i++) {
            Registration row = this.rows.get(i);
            keys[i] = Texts.searchKey(row.fullName() + " " + nullToEmpty(row.email()) + " "
                    + nullToEmpty(row.organizationName()));
        }
    }

    public record Criteria(String text, RegistrationStatus status, RateKind rateKind, PaymentStatus paymentStatus,
                           String organization) {
        public static Criteria text(String text) {
            return new Criteria(text, null, null, null, null);
        }
    }

    public List<Registration> rows() {
        return rows;
    }

    public List<Registration> matching(Criteria criteria) {
        String text = Texts.searchKey(criteria.text()).strip();
        String organization = criteria.organization() == null ? null : Texts.searchKey(criteria.organization());
        List<Registration> matching = new ArrayList<>();
        for (int i = 0; i < keys.length; i++) {
            Registration row = rows.get(i);
            if ((text.isEmpty() || keys[i].contains(text))
                    && (criteria.status() == null || row.status() == criteria.status())
                    && (criteria.rateKind() == null || row.rateKind() == criteria.rateKind())
                    && (criteria.paymentStatus() == null || row.paymentStatus() == criteria.paymentStatus())
                    && (organization == null || Texts.searchKey(row.organizationName()).equals(organization))) {
                matching.add(row);
            }
        }
        return matching;
    }

    private static String nullToEmpty(String text) {
        return text == null ? "" : text;
    }
}
