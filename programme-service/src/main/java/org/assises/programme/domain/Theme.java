package org.assises.programme.domain;

/** The three themes that run through the Assises. */
public enum Theme {
    TOURISM,
    AGRICULTURE_FOOD,
    SUSTAINABLE_CITY
}
