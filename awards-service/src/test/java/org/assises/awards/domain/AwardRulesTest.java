package org.assises.awards.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import org.assises.contracts.AwardResults;
import org.assises.contracts.LocalizedText;
import org.assises.contracts.Side;
import org.assises.contracts.Theme;

/** The prize's rules as plain code: the rulebook, aggregates and ranking, assignment, conflict detection, deliberation, statuses. */
class AwardRulesTest {

    private static final Rulebook MEAN = rulebook(Aggregation.MEAN, 3);
    private static final Rulebook MEDIAN = rulebook(Aggregation.MEDIAN, 3);

    private static Rulebook rulebook(Aggregation aggregation, int quorum) {
        Map<String, Double> weights = new LinkedHashMap<>();
        weights.put("innovation", 3.0);
        weights.put("results", 1.0);
        weights.put("film", 1.0);
        return new Rulebook(weights, 0, 10, aggregation, quorum, 1.5);
    }

    private static Map<String, Integer> sheet(int innovation, int results, int film) {
        return Map.of("innovation", innovation, "results", results, "film", film);
    }

    @Test
    void theRulebookRefusesUnknownMissingAndOffScaleScores() {
        assertThat(MEAN.check(sheet(10, 0, 5))).isEmpty();
        assertThat(MEAN.check(Map.of("innovation", 11, "results", -1, "film", 5, "charm", 3)))
                .extracting(v -> v.field()).containsExactlyInAnyOrder("scores.innovation", "scores.results", "scores.charm");
        assertThat(MEAN.check(Map.of("innovation", 5))).extracting(v -> v.field()).containsExactlyInAnyOrder("scores.results", "scores.film");
    }

    @Test
    void theWeightedTotalIsOnTheScale() {
        assertThat(MEAN.weightedTotal(sheet(10, 0, 5))).isEqualTo(7.0);
        assertThat(MEAN.weightedTotal(sheet(4, 4, 4))).isEqualTo(4.0);
    }

    @Test
    void meanOrMedianOfTheScoresThatCountWithDispersionAndDisagreement() {
        UUID app = UUID.randomUUID();
        List<Standings.Sheet> sheets = List.of(
                new Standings.Sheet(UUID.randomUUID(), Side.FRENCH, app, sheet(10, 10, 10), false),
                new Standings.Sheet(UUID.randomUUID(), Side.CHINESE, app, sheet(4, 4, 4), false),
                new Standings.Sheet(UUID.randomUUID(), Side.FRENCH, app, sheet(5, 5, 5), false),
                new Standings.Sheet(UUID.randomUUID(), Side.CHINESE, app, sheet(0, 0, 0), true));
        List<Standings.Candidate> candidates = List.of(new Standings.Candidate(app, Theme.TOURISM));
        Standings.Standing mean = Standings.compute(MEAN, candidates, sheets).of(app);
        assertThat(mean.aggregate()).isEqualTo(6.333);
        assertThat(mean.scores()).isEqualTo(3);
        assertThat(mean.excluded()).isEqualTo(1);
        assertThat(mean.dispersion()).isEqualTo(2.625);
        assertThat(mean.disagree()).isTrue();
        assertThat(mean.ranked()).isTrue();
        assertThat(Standings.compute(MEDIAN, candidates, sheets).of(app).aggregate()).isEqualTo(5.0);
    }

    @Test
    void quorumNeedsQScoresAndOnePerSide() {
        UUID few = UUID.randomUUID();
        UUID oneSided = UUID.randomUUID();
        List<Standings.Sheet> sheets = List.of(
                new Standings.Sheet(UUID.randomUUID(), Side.FRENCH, few, sheet(9, 9, 9), false),
                new Standings.Sheet(UUID.randomUUID(), Side.CHINESE, few, sheet(9, 9, 9), false),
                new Standings.Sheet(UUID.randomUUID(), Side.CHINESE, few, sheet(9, 9, 9), true),
                new Standings.Sheet(UUID.randomUUID(), Side.FRENCH, oneSided, sheet(9, 9, 9), false),
                new Standings.Sheet(UUID.randomUUID(), Side.FRENCH, oneSided, sheet(9, 9, 9), false),
                new Standings.Sheet(UUID.randomUUID(), Side.FRENCH, oneSided, sheet(9, 9, 9), false));
        Standings standings = Standings.compute(MEAN, List.of(new Standings.Candidate(few, Theme.TOURISM),
                new Standings.Candidate(oneSided, Theme.TOURISM)), sheets);
        assertThat(standings.of(few).ranked()).isFalse();
        assertThat(standings.of(few).notRankedBecause()).isEqualTo("2 score(s) count, the quorum is 3");
        assertThat(standings.of(oneSided).notRankedBecause()).isEqualTo("no score from the Chinese side");
        assertThat(standings.ranking(Theme.TOURISM)).extracting(Standings.Line::rank).containsOnlyNulls();
    }

    @Test
    void rankingPerPrizeThemeOrSpecial() {
        UUID best = UUID.randomUUID();
        UUID second = UUID.randomUUID();
        UUID city = UUID.randomUUID();
        UUID unranked = UUID.randomUUID();
        List<Standings.Sheet> sheets = new ArrayList<>();
        addSheets(sheets, best, 9);
        addSheets(sheets, second, 7);
        addSheets(sheets, city, 8);
        sheets.add(new Standings.Sheet(UUID.randomUUID(), Side.FRENCH, unranked, sheet(10, 10, 10), false));
        Standings standings = Standings.compute(MEAN, List.of(new Standings.Candidate(second, Theme.TOURISM),
                new Standings.Candidate(best, Theme.TOURISM), new Standings.Candidate(city, Theme.SUSTAINABLE_CITY),
                new Standings.Candidate(unranked, Theme.TOURISM)), sheets);
        assertThat(standings.ranking(Theme.TOURISM)).extracting(l -> l.standing().applicationId()).containsExactly(best, second, unranked);
        assertThat(standings.ranking(Theme.TOURISM)).extracting(Standings.Line::rank).containsExactly(1, 2, null);
        assertThat(standings.ranking(null)).extracting(l -> l.standing().applicationId()).containsExactly(best, city, second, unranked);
    }

    private static void addSheets(List<Standings.Sheet> sheets, UUID app, int score) {
        sheets.add(new Standings.Sheet(UUID.randomUUID(), Side.FRENCH, app, sheet(score, score, score), false));
        sheets.add(new Standings.Sheet(UUID.randomUUID(), Side.CHINESE, app, sheet(score, score, score), false));
        sheets.add(new Standings.Sheet(UUID.randomUUID(), Side.FRENCH, app, sheet(score, score, score), false));
    }

    @Test
    void automaticAssignmentGivesKPerSideWithoutConflictsAndBalancesLoads() {
        List<AssignmentPlanner.Juror> jurors = new ArrayList<>();
        for (int i = 0; i < 3; i++) {
            jurors.add(new AssignmentPlanner.Juror(UUID.randomUUID(), Side.FRENCH));
            jurors.add(new AssignmentPlanner.Juror(UUID.randomUUID(), Side.CHINESE));
        }
        List<UUID> apps = new ArrayList<>();
        for (int i = 0; i < 9; i++) {
            apps.add(UUID.randomUUID());
        }
        Set<AssignmentPlanner.Pair> blocked = Set.of(new AssignmentPlanner.Pair(jurors.get(0).id(), apps.get(0)),
                new AssignmentPlanner.Pair(jurors.get(1).id(), apps.get(0)));
        AssignmentPlanner.Plan plan = AssignmentPlanner.plan(apps, jurors, blocked, Set.of(), 2);
        assertThat(plan.shortfalls()).isEmpty();
        assertThat(plan.added()).hasSize(9 * 4).doesNotContainAnyElementsOf(blocked);
        for (UUID app : apps) {
            assertThat(plan.added().stream().filter(p -> p.applicationId().equals(app)).map(p -> side(jurors, p.jurorId())))
                    .containsExactlyInAnyOrder(Side.FRENCH, Side.FRENCH, Side.CHINESE, Side.CHINESE);
        }
        assertThat(plan.loads().values()).allSatisfy(load -> assertThat(load).isBetween(5, 7));
    }

    @Test
    void automaticAssignmentReportsWhatItCannotDoAndKeepsExistingAssignments() {
        AssignmentPlanner.Juror french = new AssignmentPlanner.Juror(UUID.randomUUID(), Side.FRENCH);
        AssignmentPlanner.Juror chinese = new AssignmentPlanner.Juror(UUID.randomUUID(), Side.CHINESE);
        UUID app = UUID.randomUUID();
        Set<AssignmentPlanner.Pair> existing = new HashSet<>(Set.of(new AssignmentPlanner.Pair(french.id(), app)));
        AssignmentPlanner.Plan plan = AssignmentPlanner.plan(List.of(app), List.of(french, chinese),
                Set.of(new AssignmentPlanner.Pair(chinese.id(), app)), existing, 2);
        assertThat(plan.added()).isEmpty();
        assertThat(plan.shortfalls()).containsExactlyInAnyOrder(new AssignmentPlanner.Shortfall(app, Side.FRENCH, 1),
                new AssignmentPlanner.Shortfall(app, Side.CHINESE, 2));
        assertThat(plan.loads()).containsEntry(french.id(), 1);
    }

    private static Side side(List<AssignmentPlanner.Juror> jurors, UUID id) {
        return jurors.stream().filter(j -> j.id().equals(id)).findFirst().orElseThrow().side();
    }

    @Test
    void conflictsAreDetectedFromNamesInBothLanguagesPartnershipsAndRegions() {
        UUID app = UUID.randomUUID();
        ConflictDetector.Partnership partnership = new ConflictDetector.Partnership(app, List.of("Commune de Valfleurie", "瓦尔弗勒里市"),
                "Occitanie", List.of("Ville de Qingshan", "青山市"), "Sichuan");
        UUID own = UUID.randomUUID();
        UUID ownZh = UUID.randomUUID();
        UUID partner = UUID.randomUUID();
        UUID region = UUID.randomUUID();
        UUID neutral = UUID.randomUUID();
        List<ConflictDetector.Found> found = ConflictDetector.detect(List.of(
                new ConflictDetector.JurorProfile(own, "commune de VALFLEURIE", "Occitanie", List.of()),
                new ConflictDetector.JurorProfile(ownZh, "青山市", "四川", List.of()),
                new ConflictDetector.JurorProfile(partner, "Association fictive", "Bretagne", List.of("Ville de Qingshan")),
                new ConflictDetector.JurorProfile(region, "Agence fictive", "Région Occitanie", List.of()),
                new ConflictDetector.JurorProfile(neutral, "Université fictive", "Hauts-de-France", List.of("Ville de Lanhe"))),
                List.of(partnership));
        assertThat(found).extracting(f -> f.jurorId() + "/" + f.type()).containsExactlyInAnyOrder(own + "/OWN_GOVERNMENT",
                ownZh + "/OWN_GOVERNMENT", partner + "/PARTNER", region + "/SAME_REGION");
        assertThat(ConflictDetector.normalise("Île-de-France")).isEqualTo("iledefrance");
    }

    @Test
    void aDeliberationNeedsAQuorumAndBothSidesInBalance() {
        assertThat(DeliberationRules.whyNotQuorate(List.of(Side.FRENCH, Side.CHINESE), 3)).contains("quorum is 3");
        assertThat(DeliberationRules.whyNotQuorate(List.of(Side.FRENCH, Side.FRENCH, Side.FRENCH), 3)).contains("both sides");
        assertThat(DeliberationRules.whyNotQuorate(List.of(Side.FRENCH, Side.FRENCH, Side.FRENCH, Side.CHINESE), 3)).contains("unbalanced");
        assertThat(DeliberationRules.whyNotQuorate(List.of(Side.FRENCH, Side.FRENCH, Side.CHINESE), 3)).isNull();
        assertThat(DeliberationRules.whyVoteInvalid(3, 1, 1, 4)).contains("5 votes for 4");
        assertThat(DeliberationRules.whyVoteInvalid(3, 1, 0, 4)).isNull();
        assertThat(DeliberationRules.roomForLaureate(1, 2)).isTrue();
        assertThat(DeliberationRules.roomForLaureate(2, 2)).isFalse();
    }

    @Test
    void applicationStatusesMoveOnlyAlongTheirTransitions() {
        assertThat(ApplicationStatus.SUBMITTED.canMoveTo(ApplicationStatus.ELIGIBLE)).isTrue();
        assertThat(ApplicationStatus.SUBMITTED.canMoveTo(ApplicationStatus.LAUREATE)).isFalse();
        assertThat(ApplicationStatus.UNDER_REVIEW.canMoveTo(ApplicationStatus.WITHDRAWN)).isFalse();
        assertThat(ApplicationStatus.LAUREATE.next()).isEmpty();
        assertThat(ApplicationStatus.WITHDRAWN.next()).isEmpty();
        Application application = new Application();
        application.status = ApplicationStatus.LAUREATE;
        assertThat(application.statusForApplicant(false)).isEqualTo(ApplicationStatus.UNDER_REVIEW);
        assertThat(application.statusForApplicant(true)).isEqualTo(ApplicationStatus.LAUREATE);
    }

    @Test
    void laureatesComeByRankThenExAequoByTheFrenchGovernmentsNameTheUnrankedLast() {
        AwardResults.Laureate second = laureate(2, "Commune fictive d'Aubeval");
        AwardResults.Laureate firstB = laureate(1, "Commune fictive de Lézignan-Haut");
        AwardResults.Laureate firstA = laureate(1, "Commune fictive de Bramefort");
        AwardResults.Laureate unranked = laureate(null, "Commune fictive d'Abeilhan");
        assertThat(LaureateOrder.sorted(List.of(unranked, second, firstB, firstA))).containsExactly(firstA, firstB, second, unranked);
    }

    private static AwardResults.Laureate laureate(Integer rank, String french) {
        return new AwardResults.Laureate(UUID.randomUUID(), rank, Theme.TOURISM, new LocalizedText("Coopération", "合作", null),
                new LocalizedText(french, "虚构市", null), "Occitanie", new LocalizedText("Ville fictive", "虚构县", null), "Sichuan",
                "https://films.example.org/a");
    }
}
