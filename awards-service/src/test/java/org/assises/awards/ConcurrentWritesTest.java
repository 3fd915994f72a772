package org.assises.awards;

import static io.restassured.RestAssured.given;
import static org.assises.awards.Fixtures.ORGANISER;
import static org.assises.awards.Fixtures.T;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;

import jakarta.inject.Inject;

import org.junit.jupiter.api.Test;

import org.assises.testsupport.AssisesTestResource;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.Response;

/**
 * Writes that race: the same submission sent eight times at once, two organisers deciding the last place of
 * a prize, jurors taken off the applications they are scoring.
 */
@QuarkusTest
@QuarkusTestResource(AssisesTestResource.class)
class ConcurrentWritesTest {

    @Inject
    TestClock clock;

    @Test
    void theSameSubmissionEightTimesAtOnceRecordsOneApplication() throws Exception {
        String edition = Fixtures.edition();
        clock.set(T.plusDays(1));
        Fixtures.setCall(edition, Fixtures.callBody(2, 1, "MEAN", 2));
        String body = Fixtures.application("TOURISM");
        List<Response> answers = race(8, () -> given().contentType(ContentType.JSON).header("Idempotency-Key", "double-click")
                .body(body).when().post("/api/v1/editions/" + edition + "/applications").then().extract().response());
        assertThat(answers).extracting(Response::statusCode).allMatch(s -> s == 201 || s == 200 || s == 409);
        assertThat(answers).filteredOn(r -> r.statusCode() == 201).hasSize(1);
        List<Response> answered = answers.stream().filter(r -> r.statusCode() < 300).toList();
        assertThat(answered.stream().map(r -> (String) r.path("application.id")).distinct()).hasSize(1);
        assertThat(answered.stream().map(r -> (String) r.path("token")).distinct()).hasSize(1);
        assertThat(given().auth().oauth2(ORGANISER).when().get("/api/v1/editions/" + edition + "/applications").then().statusCode(200)
                .extract().jsonPath().getList("$")).hasSize(1);
    }

    @Test
    void twoOrganisersGivingTheLastPlaceOfAPrizeAtOnceGiveItOnce() throws Exception {
        Scene s = new Scene(clock);
        s.scoreAllAndDeliberate(clock, s.f1, s.c1);
        List<String> apps = List.of(s.app1, s.app2);
        AtomicInteger next = new AtomicInteger();
        List<Response> answers = race(2, () -> s.decide(apps.get(next.getAndIncrement()), "LAUREATE", s.prize, 2));
        assertThat(answers).extracting(Response::statusCode).containsExactlyInAnyOrder(200, 409);
        assertThat(answers).filteredOn(r -> r.statusCode() == 409).extracting(r -> (String) r.path("type"))
                .containsExactly("urn:assises:problem:prize-full");
        given().auth().oauth2(ORGANISER).when().get(s.base + "/deliberation").then().statusCode(200)
                .body("decisions", org.hamcrest.Matchers.hasSize(1));
    }

    @Test
    void anOrganiserTakingJurorsOffTheApplicationsTheyAreScoringAtOnceLeavesNoSheetWithoutItsAssignment() throws Exception {
        Scene s = new Scene(clock);
        List<String[]> pairs = List.of(new String[] {s.f1, s.app1}, new String[] {s.c1, s.app1}, new String[] {s.f2, s.app2},
                new String[] {s.c2, s.app2});
        AtomicInteger next = new AtomicInteger();
        Map<Integer, Response> answers = new ConcurrentHashMap<>();
        race(8, () -> {
            int i = next.getAndIncrement();
            String[] pair = pairs.get(i / 2);
            Response answer = i % 2 == 0 ? s.score(pair[0], pair[1], Fixtures.scores(7, 7, 7))
                    : given().auth().oauth2(ORGANISER).when().delete(s.base + "/jurors/" + pair[0] + "/assignments/" + pair[1]).then()
                            .extract().response();
            answers.put(i, answer);
            return answer;
        });
        List<Object> assignments = given().auth().oauth2(ORGANISER).when().get(s.base + "/assignments").then().statusCode(200).extract()
                .jsonPath().getList("$");
        int sheets = 0;
        for (int p = 0; p < pairs.size(); p++) {
            int scored = answers.get(2 * p).statusCode();
            int removed = answers.get(2 * p + 1).statusCode();
            // Either the sheet was written first and the assignment stays, or the assignment went first and the score is refused.
            assertThat(List.of(scored, removed)).isIn(List.of(200, 409), List.of(404, 204));
            sheets += scored == 200 ? 1 : 0;
        }
        assertThat(assignments).hasSize(sheets);
        int written = given().auth().oauth2(ORGANISER).when().get(s.base + "/applications/" + s.app1 + "/scores").then().statusCode(200)
                .extract().jsonPath().getList("sheets").size()
                + given().auth().oauth2(ORGANISER).when().get(s.base + "/applications/" + s.app2 + "/scores").then().statusCode(200)
                        .extract().jsonPath().getList("sheets").size();
        assertThat(written).isEqualTo(sheets);
    }

    private static List<Response> race(int clients, Callable<Response> call) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(clients);
        try {
            CountDownLatch go = new CountDownLatch(1);
            List<Future<Response>> futures = new ArrayList<>();
            for (int i = 0; i < clients; i++) {
                futures.add(pool.submit(() -> {
                    go.await();
                    return call.call();
                }));
            }
            go.countDown();
            List<Response> answers = new ArrayList<>();
            for (Future<Response> future : futures) {
                answers.add(future.get());
            }
            return answers;
        } finally {
            pool.shutdown();
        }
    }
}
