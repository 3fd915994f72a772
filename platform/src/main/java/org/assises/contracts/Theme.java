package org.assises.contracts;

/** The three themes that run through the Assises: sessions, the call for applications and its prizes. */
public enum Theme {
    TOURISM,
    AGRICULTURE_FOOD,
    SUSTAINABLE_CITY
}
