package ca.ccrweb.office.core.audit;

import ca.ccrweb.office.core.accounts.AccountKind;
import ca.ccrweb.office.core.accounts.AccountStatus;
import ca.ccrweb.office.core.accounts.IndividualRole;
import ca.ccrweb.office.core.common.Labelled;
import ca.ccrweb.office.core.communications.Paper;
import ca.ccrweb.office.core.communications.UpdateStatus;
import ca.ccrweb.office.core.events.EventKind;
import ca.ccrweb.office.core.events.EventStatus;
import ca.ccrweb.office.core.events.PaymentMethod;
import ca.ccrweb.office.core.events.PaymentStatus;
import ca.ccrweb.office.core.events.RateKind;
import ca.ccrweb.office.core.events.RegistrationStatus;
import ca.ccrweb.office.core.events.SessionKind;
import ca.ccrweb.office.core.events.WorkingGroup;
import ca.ccrweb.office.core.fund.ApplicationStatus;
import ca.ccrweb.office.core.fund.Attendance;
import ca.ccrweb.office.core.fund.ExpenseLine;
import ca.ccrweb.office.core.fund.FundStream;
import ca.ccrweb.office.core.l10n.Language;
import ca.ccrweb.office.core.l10n.Messages;
import ca.ccrweb.office.core.membership.Clientele;
import ca.ccrweb.office.core.membership.MembershipStatus;
import ca.ccrweb.office.core.membership.Province;
import ca.ccrweb.office.core.membership.Region;
import ca.ccrweb.office.core.membership.ServiceOffered;
import ca.ccrweb.office.core.security.Role;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.format.FormatStyle;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.Function;
import java.util.regex.Pattern;

/**
 * A line of the audit trail as staff read it, in their language: a sentence ("Amina Haddad recorded a payment
 * for the registration 1234."), and the values before and after as labelled fields with translated values
 * (statuses, provinces, amounts, dates) rather than the stored JSON and its codes.
 */
public final class AuditReading {
    private static final List<Class<? extends Enum<?>>> CODES = List.of(RegistrationStatus.class,
            MembershipStatus.class, EventStatus.class, AccountStatus.class, ApplicationStatus.class,
            UpdateStatus.class, PaymentStatus.class, EventKind.class, RateKind.class, SessionKind.class,
            WorkingGroup.class, PaymentMethod.class, Province.class, Region.class, Language.class, AccountKind.class,
            IndividualRole.class, Role.class, FundStream.class, ExpenseLine.class, Attendance.class, Clientele.class,
            ServiceOffered.class, Paper.class, AuditOutcome.class);
    private static final Pattern CODE = Pattern.compile("[A-Z][A-Z0-9_]*");
    private static final Pattern DATE = Pattern.compile("\\d{4}-\\d{2}-\\d{2}");
    private static final Pattern INSTANT = Pattern.compile("\\d{4}-\\d{2}-\\d{2}T[0-9:.]+Z");
    private static final Pattern CAMEL = Pattern.compile("(?<=[a-z0-9])(?=[A-Z])");

    private final Messages messages;
    private final ZoneId zone;
    private final Function<String, String> nameOfUser;

    /** @param nameOfUser the full name of a staff user from the name they sign in with; the name itself if unknown */
    public AuditReading(Messages messages, ZoneId zone, Function<String, String> nameOfUser) {
        this.messages = messages;
        this.zone = zone;
        this.nameOfUser = nameOfUser;
    }

    /** One field of the record, its value before and after the change ("—" for none). */
    public record FieldChange(String field, String before, String after, boolean changed) {
    }

    /** Who did it: the person's name, or "signed out" / "the system" in the user's language. */
    public String who(AuditEntry entry) {
        String actor = entry.actor();
        if (actor == null || actor.isBlank() || "(signed out)".equals(actor)) {
            return messages.get("audit.actor.signedOut");
        }
        return nameOfUser.apply(actor);
    }

    /** "Created", "Recorded a payment for" ... capitalised, followed by what: "Created the event". */
    public String what(AuditEntry entry) {
        String action = action(entry.action());
        String kind = entity(entry.entity());
        String text = kind.isEmpty() ? action : action + " " + kind;
        return text.isEmpty() ? text : text.substring(0, 1).toUpperCase(messages.locale()) + text.substring(1);
    }

    /** "Amina Haddad created the event 1234." or, for a refused action, "… was refused: …". */
    public String sentence(AuditEntry entry) {
        String record = entry.entityId() == null ? "" : " " + entry.entityId();
        String key = entry.outcome() == AuditOutcome.DENIED ? "audit.sentence.denied"
                : entry.outcome() == AuditOutcome.FAILED ? "audit.sentence.failed" : "audit.sentence.done";
        return messages.get(key, who(entry), action(entry.action()), entity(entry.entity()) + record,
                dateTime(entry.occurredAt()));
    }

    /** The record's fields, the changed ones first, each labelled and its values translated. */
    public List<FieldChange> changes(AuditEntry entry) {
        Map<String, String> before = flatJson(entry.before());
        Map<String, String> after = flatJson(entry.after());
        Set<String> names = new LinkedHashSet<>(before.keySet());
        names.addAll(after.keySet());
        List<FieldChange> changed = new ArrayList<>();
        List<FieldChange> same = new ArrayList<>();
        for (String name : names) {
            String was = before.get(name);
            String is = after.get(name);
            boolean differs = !Objects.equals(was, is);
            FieldChange change = new FieldChange(field(name), value(entry.entity(), name, was, before.containsKey(name)),
                    value(entry.entity(), name, is, after.containsKey(name)), differs);
            (differs ? changed : same).add(change);
        }
        changed.addAll(same);
        return changed;
    }

    /** The fields the change touched, one per line: "Status: Registered → Cancelled". */
    public String changesText(AuditEntry entry) {
        List<String> lines = new ArrayList<>();
        for (FieldChange change : changes(entry)) {
            if (change.changed()) {
                lines.add(messages.get("audit.export.change", change.field(), change.before(), change.after()));
            }
        }
        return String.join("\n", lines);
    }

    /** The action's words in the user's language; an action not yet translated reads as plain words. */
    public String action(String action) {
        if (action == null) {
            return "";
        }
        String key = "audit.action." + action;
        return messages.has(key) ? messages.get(key) : humanized(action.toLowerCase(Locale.ROOT).replace('_', ' '));
    }

    /** "the event", "l’événement"; an export's title or an unknown kind as it is. */
    public String entity(String entity) {
        if (entity == null) {
            return "";
        }
        String key = "audit.entity." + entity;
        return messages.has(key) ? messages.get(key) : entity.replace('_', ' ');
    }

    String field(String name) {
        String key = "audit.field." + name;
        if (messages.has(key)) {
            return messages.get(key);
        }
        return humanized(String.join(" ", CAMEL.split(name)).toLowerCase(Locale.ROOT));
    }

    private String value(String entity, String field, String raw, boolean present) {
        if (!present || raw == null || "null".equals(raw)) {
            return "—";
        }
        if ("true".equals(raw) || "false".equals(raw)) {
            return messages.get("true".equals(raw) ? "audit.value.yes" : "audit.value.no");
        }
        if (field.endsWith("Cents") && raw.matches("-?\\d+")) {
            return messages.money(Long.parseLong(raw));
        }
        if (DATE.matcher(raw).matches()) {
            try {
                return DateTimeFormatter.ofLocalizedDate(FormatStyle.MEDIUM).withLocale(messages.locale())
                        .format(LocalDate.parse(raw));
            } catch (DateTimeParseException notADate) {
                return raw;
            }
        }
        if (INSTANT.matcher(raw).matches()) {
            try {
                return dateTime(Instant.parse(raw));
            } catch (DateTimeParseException notAnInstant) {
                return raw;
            }
        }
        if (raw.startsWith("[") && raw.endsWith("]")) {
            List<String> items = new ArrayList<>();
            String inner = raw.substring(1, raw.length() - 1);
            for (int start = 0; start < inner.length(); ) {
                int end = endOfValue(inner, start);
                String plain = unquoted(inner.substring(start, end).strip());
                if (!plain.isEmpty()) {
                    items.add(value(entity, field, plain, true));
                }
                start = end + 1;
            }
            return items.isEmpty() ? "—" : String.join(raw.contains("{") ? " | " : ", ", items);
        }
        if (raw.startsWith("{") && raw.endsWith("}")) {
            // A nested record (a section of the quarterly update, a key figure): its own fields, labelled.
            List<String> parts = new ArrayList<>();
            flatJson(raw).forEach((name, nested) -> {
                String shown = value(entity, name, nested, true);
                if (!"—".equals(shown)) {
                    parts.add(messages.get("audit.export.nested", field(name), shown));
                }
            });
            return parts.isEmpty() ? "—" : String.join(", ", parts);
        }
        if (CODE.matcher(raw).matches()) {
            return code(entity, field, raw);
        }
        return raw;
    }

    /** A stored code by the label of the kind of value it is, chosen by the field's and the record's names. */
    private String code(String entity, String field, String raw) {
        String fieldWord = field.toLowerCase(Locale.ROOT).replace("s", "");
        String entityWord = entity == null ? "" : entity.replace("_", "").toLowerCase(Locale.ROOT);
        Labelled best = null;
        int bestScore = -1;
        for (Class<? extends Enum<?>> type : CODES) {
            for (Enum<?> constant : type.getEnumConstants()) {
                if (constant.name().equals(raw)) {
                    String typeName = type.getSimpleName().toLowerCase(Locale.ROOT);
                    int score = (typeName.replace("s", "").contains(fieldWord) ? 2 : 0)
                            + (typeName.startsWith(entityWord) || "organization".equals(entityWord)
                            && type == MembershipStatus.class ? 1 : 0);
                    if (score > bestScore) {
                        best = (Labelled) constant;
                        bestScore = score;
                    }
                }
            }
        }
        return best == null ? humanized(raw.toLowerCase(Locale.ROOT).replace('_', ' ')) : messages.get(best.labelKey());
    }

    private String dateTime(Instant instant) {
        return DateTimeFormatter.ofLocalizedDateTime(FormatStyle.MEDIUM, FormatStyle.SHORT)
                .withLocale(messages.locale()).withZone(zone).format(instant);
    }

    private static String humanized(String words) {
        return words.isEmpty() ? words : words.substring(0, 1).toUpperCase(Locale.ROOT) + words.substring(1);
    }

    private static String unquoted(String text) {
        return text.length() >= 2 && text.startsWith("\"") && text.endsWith("\"")
                ? text.substring(1, text.length() - 1).replace("\\\"", "\"").replace("\\\\", "\\") : text;
    }

    /**
     * The first level of the trail's JSON object: field name to value, strings unquoted, nested objects and
     * lists kept as their text. Not a general parser: the trail writes compact JSON of records.
     */
    static Map<String, String> flatJson(String json) {
        Map<String, String> fields = new LinkedHashMap<>();
        if (json == null || json.isBlank()) {
            return fields;
        }
        String text = json.strip();
        if (!text.startsWith("{")) {
            fields.put("value", unquoted(text));
            return fields;
        }
        int i = 1;
        while (i < text.length()) {
            int keyStart = text.indexOf('"', i);
            if (keyStart < 0) {
                break;
            }
            int keyEnd = endOfString(text, keyStart);
            String key = unquoted(text.substring(keyStart, keyEnd + 1));
            int colon = text.indexOf(':', keyEnd);
            int valueStart = colon + 1;
            int valueEnd = endOfValue(text, valueStart);
            fields.put(key, unquoted(text.substring(valueStart, valueEnd).strip()));
            i = valueEnd + 1;
        }
        return fields;
    }

    private static int endOfString(String text, int quote) {
        for (int i = quote + 1; i < text.length(); i++) {
            if (text.charAt(i) == '\\') {
                i++;
            } else if (text.charAt(i) == '"') {
                return i;
            }
        }
        return text.length() - 1;
    }

    /** Where a value ends: the comma or closing brace at its own depth, outside strings. */
    private static int endOfValue(String text, int start) {
        int depth = 0;
        for (int i = start; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '"') {
                i = endOfString(text, i);
            } else if (c == '{' || c == '[') {
                depth++;
            } else if (c == '}' || c == ']') {
                if (depth == 0) {
                    return i;
                }
                depth--;
            } else if (c == ',' && depth == 0) {
                return i;
            }
        }
        return text.length();
    }
}
