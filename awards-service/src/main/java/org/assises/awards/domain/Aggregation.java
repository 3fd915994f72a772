package org.assises.awards.domain;

/** How an application's juror totals become its aggregate, chosen in the rulebook. */
public enum Aggregation {
    MEAN,
    MEDIAN
}
