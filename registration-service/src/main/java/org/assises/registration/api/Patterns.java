package org.assises.registration.api;

/** Formats shared by the request records, with the messages a client reads when a value does not fit. */
public final class Patterns {

    static final String PHONE = "\\+?[0-9][0-9 ().-]{5,24}";
    static final String PHONE_MESSAGE = "must be a phone number such as +33 5 61 00 00 00";
    static final String LANGUAGE = "[a-z]{2,3}";
    static final String LANGUAGE_MESSAGE = "must be a language code such as fr, zh or en";
    /** A workshop's or visit's code, as programme's sessions are coded (an edition's code is {@code @EditionCode}). */
    static final String CATALOGUE_CODE = "[a-z0-9][a-z0-9-]{2,49}";
    static final String CATALOGUE_CODE_MESSAGE = "must be a lower-case code such as workshop-agriculture";
    static final String PERSON_ID = "[A-Za-z0-9._-]{1,60}";
    static final String PERSON_ID_MESSAGE = "must be 1 to 60 letters, digits, dots, dashes or underscores";
    static final String PASSPORT = "[A-Z0-9]{5,20}";
    static final String PASSPORT_MESSAGE = "must be 5 to 20 capital letters or digits, as printed in the passport";

    static final String GENDER = "MALE|FEMALE";
    static final String GENDER_MESSAGE = "must be MALE or FEMALE";
    /** The names of {@code Category}; a unit test keeps the two in step. */
    public static final String CATEGORY = "ELECTED_OFFICIAL|STAFF|DECISION_MAKER|EXPERT|RESEARCHER|TOURISM_PROFESSIONAL|BUSINESS|ARTIST|PRESS|OTHER";
    static final String CATEGORY_MESSAGE = "must be one of ELECTED_OFFICIAL, STAFF, DECISION_MAKER, EXPERT, RESEARCHER, "
            + "TOURISM_PROFESSIONAL, BUSINESS, ARTIST, PRESS, OTHER";

    private Patterns() {
    }
}
