package org.assises.logistics.domain;

/** What a place is to logistics: the venue hotels are measured against, where people land, where buses go. */
public enum PlaceKind {
    /** A venue of the edition (the Hôtel de Région): the shortlist measures distances to the nearest one. */
    VENUE,
    AIRPORT,
    STATION,
    /** The REGAL fair. */
    FAIR,
    /** The gala dinner's venue. */
    DINNER,
    /** A field visit's site. */
    VISIT_SITE,
    OTHER;

    /** Where people arrive and leave by plane or train. */
    public boolean isTerminal() {
        return this == AIRPORT || this == STATION;
    }
}
