package org.assises.registration.domain;

/** How a French participant is addressed on badges and letters (M., Mme). */
public enum Civility {
    MR,
    MS
}
