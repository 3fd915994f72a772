package org.assises.contracts;

/** The Kafka topics of the platform: one per producing aggregate, keyed by the aggregate id. */
public final class Topics {

    /** Participants' lifecycle, published by registration-service, keyed by participant id. */
    public static final String REGISTRATION_PARTICIPANTS = "registration.participants";
    /** Sessions and published versions, published by programme-service, keyed by session id. */
    public static final String PROGRAMME_SESSIONS = "programme.sessions";
    /** Editions (name, dates, time zone, venue), published by programme-service, keyed by edition code. */
    public static final String PROGRAMME_EDITIONS = "programme.editions";
    /** Announced laureates, published by awards-service at the ceremony time, keyed by edition code. */
    public static final String AWARDS_RESULTS = "awards.results";
    /** Room, escort and shuttle assignments, published by logistics-service, keyed by participant id. */
    public static final String LOGISTICS_ASSIGNMENTS = "logistics.assignments";

    /** Where a service's consumers put the messages they can never apply, with the reason in headers. */
    public static String deadLetter(String service) {
        return service + ".dead-letter";
    }

    private Topics() {
    }
}
