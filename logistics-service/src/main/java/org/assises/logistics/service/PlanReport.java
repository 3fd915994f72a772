package org.assises.logistics.service;

import java.util.List;

import org.assises.logistics.domain.LogisticsPlanner;

/** What a planning run gave: how much is planned, what could not be done, how many participants' plans moved. */
public record PlanReport(String edition, int rooms, int vipTransfers, int departures, int seats, int changedParticipants,
        List<LogisticsPlanner.Issue> issues) {
}
