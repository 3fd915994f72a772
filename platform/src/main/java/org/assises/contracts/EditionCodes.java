package org.assises.contracts;

/** The one rule for an edition's code, used by every service's paths, bodies and events. */
public final class EditionCodes {

    /** Lower-case letters, digits and hyphens, 3 to 50 characters, e.g. {@code assises-2018}. */
    public static final String PATTERN = "^[a-z0-9-]{3,50}$";

    private EditionCodes() {
    }

    public static boolean isValid(String code) {
        return code != null && code.matches(PATTERN);
    }
}
