package org.assises.awards.api;

import java.util.List;

/** Every score sheet of an application and their history, for organisers. */
public record ApplicationScores(List<ScoreSheetView> sheets, List<ScoreChangeView> history) {
}
