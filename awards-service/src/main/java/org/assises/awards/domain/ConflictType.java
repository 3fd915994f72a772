package org.assises.awards.domain;

/** Why a juror may not judge an application. */
public enum ConflictType {
    /** The juror works for one of the application's two local governments. */
    OWN_GOVERNMENT,
    /** The juror's organisation is in a partnership with one of the application's local governments. */
    PARTNER,
    /** The juror's organisation is in the same French région or Chinese province as one of them. */
    SAME_REGION,
    PERSONAL,
    OTHER
}
