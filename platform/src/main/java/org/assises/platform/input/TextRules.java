package org.assises.platform.input;

/**
 * What a text value from a client may contain: no NUL, no control characters (C0, DEL, C1) and no
 * unpaired surrogates; tab always, line breaks only where the field is not single-line.
 */
public final class TextRules {

    private TextRules() {
    }

    /**
     * @param singleLine whether line breaks are refused too
     * @return why the text is refused, in the client's terms, or null when it is acceptable
     */
    public static String violation(String text, boolean singleLine) {
        if (text == null) {
            return null;
        }
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '\t') {
                continue;
            }
            if (c == '\n' || c == '\r') {
                if (singleLine) {
                    return "must be a single line (no line break at position " + i + ")";
                }
                continue;
            }
            if (c == 0) {
                return "must not contain a NUL character (position " + i + ")";
            }
            if (c < 0x20 || (c >= 0x7F && c <= 0x9F)) {
                return "must not contain the control character U+" + String.format("%04X", (int) c) + " (position " + i + ")";
            }
            if (Character.isHighSurrogate(c) && (i + 1 == text.length() || !Character.isLowSurrogate(text.charAt(i + 1)))
                    || Character.isLowSurrogate(c) && (i == 0 || !Character.isHighSurrogate(text.charAt(i - 1)))) {
                return "must not contain an unpaired surrogate (position " + i + ")";
            }
        }
        return null;
    }

    /** Whether a path or query parameter value is acceptable: no control character at all, line breaks included. */
    public static String parameterViolation(String value) {
        return violation(value, true);
    }
}
