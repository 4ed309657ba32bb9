package ca.ccrweb.office.core.audit;

import java.lang.reflect.RecordComponent;
import java.time.temporal.Temporal;
import java.util.Collection;
import java.util.Map;

/**
 * The values of a record as compact JSON, for the audit trail's before and after columns: records by their
 * components, enums by name, dates and instants in ISO form, collections and maps as arrays and objects.
 */
final class AuditJson {
    private AuditJson() {
    }

    static String of(Object value) {
        if (value == null) {
            return null;
        }
        StringBuilder json = new StringBuilder(256);
        write(json, value);
        return json.toString();
    }

    private static void write(StringBuilder json, Object value) {
        switch (value) {
            case null -> json.append("null");
            case Boolean bool -> json.append(bool);
            case Number number -> json.append(number);
            case Enum<?> constant -> string(json, constant.name());
            case Temporal temporal -> string(json, temporal.toString());
            case CharSequence text -> string(json, text.toString());
            case Collection<?> collection -> {
                json.append('[');
                boolean first = true;
                for (Object element : collection) {
                    if (!first) {
                        json.append(',');
                    }
                    first = false;
                    write(json, element);
                }
                json.append(']');
            }
            case Map<?, ?> map -> {
                json.append('{');
                boolean first = true;
                for (Map.Entry<?, ?> entry : map.entrySet()) {
                    if (!first) {
                        json.append(',');
                    }
                    first = false;
                    string(json, String.valueOf(entry.getKey()));
                    json.append(':');
                    write(json, entry.getValue());
                }
                json.append('}');
            }
            case Record record -> {
                json.append('{');
                boolean first = true;
                for (RecordComponent component : record.getClass().getRecordComponents()) {
                    if (!first) {
                        json.append(',');
                    }
                    first = false;
                    string(json, component.getName());
                    json.append(':');
                    write(json, read(component, record));
                }
                json.append('}');
            }
            default -> string(json, value.toString());
        }
    }

    private static Object read(RecordComponent component, Record record) {
        try {
            return component.getAccessor().invoke(record);
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException("Cannot read " + component, e);
        }
    }

    private static void string(StringBuilder json, String text) {
        json.append('"');
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            switch (c) {
                case '"' -> json.append("\\\"");
                case '\\' -> json.append("\\\\");
                case '\n' -> json.append("\\n");
                case '\r' -> json.append("\\r");
                case '\t' -> json.append("\\t");
                default -> {
                    if (c < 0x20) {
                        json.append(String.format("\\u%04x", (int) c));
                    } else {
                        json.append(c);
                    }
                }
            }
        }
        json.append('"');
    }
}
