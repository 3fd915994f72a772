package org.assises.platform.security;

/** The roles a bearer token may carry (its {@code groups} claim), shared by the four services. */
public final class Roles {

    /** Organisers of CUF and Région Occitanie: everything. */
    public static final String ORGANISER = "organiser";
    /** APCAE Beijing: pushes and reads its own delegations. */
    public static final String APCAE = "apcae";
    /** A jury member: reads and scores the applications assigned to them. */
    public static final String JURY = "jury";
    /** The logistics team: hotels, VIP protocol, shuttles. */
    public static final String LOGISTICS = "logistics";

    private Roles() {
    }
}
