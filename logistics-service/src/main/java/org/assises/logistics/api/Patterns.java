package org.assises.logistics.api;

/** Shapes of the identifiers and values logistics accepts. */
final class Patterns {

    static final String CODE = "[a-z0-9][a-z0-9-]{1,49}";
    static final String CODE_MESSAGE = "must be a lower-case code of 2 to 50 letters, digits or hyphens, such as hotel-capitole";
    static final String ROOM_TYPE = "[A-Z][A-Z_]{1,29}";
    static final String ROOM_TYPE_MESSAGE = "must be an upper-case room type such as SINGLE or TWIN";
    static final String PHONE = "\\+?[0-9][0-9 ().-]{5,24}";
    static final String PHONE_MESSAGE = "must be a phone number such as +33 5 61 00 00 00";
    static final String LANGUAGE = "[a-z]{2,3}";
    static final String LANGUAGE_MESSAGE = "must be a language code such as fr, zh or en";
    static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";
    static final String CSV = "text/csv";

    private Patterns() {
    }
}
