package org.assises.awards.domain;

/** The three themes of the Assises, which the call for applications follows. */
public enum Theme {
    TOURISM,
    AGRICULTURE_FOOD,
    SUSTAINABLE_CITY
}
