package org.assises.logistics.service;

/** Who reads: the token subject, and whether they see every delegation (logistics, organisers) or only APCAE's own. */
public record Caller(String subject, boolean seesAll) {

    /** Whether a participant's plan with this delegation owner is the caller's to see. */
    public boolean sees(String delegationOwner) {
        return seesAll || (delegationOwner != null && delegationOwner.equals(subject));
    }
}
