package ca.ccrweb.office.desktop.administration;

/**
 * The audit trail's compact JSON laid out one field a line, indented, to be read by a person. Not a parser:
 * it only follows brackets and commas outside of strings, which is all the trail's JSON needs.
 */
final class JsonLayout {
    private static final String INDENT = "  ";

    private JsonLayout() {
    }

    static String readable(String json) {
        if (json == null || json.isBlank()) {
            return "";
        }
        StringBuilder out = new StringBuilder();
        int depth = 0;
        boolean inString = false;
        boolean escaped = false;
        for (int i = 0; i < json.length(); i++) {
            char c = json.charAt(i);
            if (inString) {
                out.append(c);
                if (escaped) {
                    escaped = false;
                } else if (c == '\\') {
                    escaped = true;
                } else if (c == '"') {
                    inString = false;
                }
                continue;
            }
            switch (c) {
                case '"' -> {
                    inString = true;
                    out.append(c);
                }
                case '{', '[' -> {
                    depth++;
                    out.append(c).append('\n').append(INDENT.repeat(depth));
                }
                case '}', ']' -> {
                    depth = Math.max(0, depth - 1);
                    out.append('\n').append(INDENT.repeat(depth)).append(c);
                }
                case ',' -> out.append(c).append('\n').append(INDENT.repeat(depth));
                case ':' -> out.append(": ");
                default -> {
                    if (!Character.isWhitespace(c)) {
                        out.append(c);
                    }
                }
            }
        }
        return out.toString();
    }
}
