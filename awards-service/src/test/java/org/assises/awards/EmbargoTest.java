package org.assises.awards;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assises.awards.Fixtures.T;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import jakarta.inject.Inject;

import org.junit.jupiter.api.Test;

import org.assises.awards.service.ResultsService;
import org.assises.contracts.EventTypes;
import org.assises.contracts.Topics;
import org.assises.testsupport.AssisesTestResource;
import org.assises.testsupport.BrokerEvents;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;

/**
 * The embargo ends exactly once: eight publishers racing (as concurrent instances or a restart during
 * the scheduled check would) a second before the ceremony publish nothing, at the ceremony exactly one
 * of them writes the results event, and a start-up check afterwards writes nothing more.
 */
@QuarkusTest
@QuarkusTestResource(AssisesTestResource.class)
class EmbargoTest {

    @Inject
    TestClock clock;

    @Inject
    ResultsService results;

    @Test
    void concurrentPublishersWriteOneEventAtTheCeremonyAndNotASecondBefore() throws Exception {
        Scene s = new Scene(clock);
        s.scoreAllAndDeliberate(clock, s.f1, s.c1);
        s.decide(s.app1, "LAUREATE", s.prize, 2).then().statusCode(200);
        s.close();

        clock.set(T.plusDays(30).minusSeconds(1));
        assertThat(race(8)).doesNotContain(s.edition);
        given().when().get(s.base + "/results").then().statusCode(404);

        clock.set(T.plusDays(30));
        List<List<String>> published = new ArrayList<>(raceEach(8));
        long winners = published.stream().filter(p -> p.contains(s.edition)).count();
        // The scheduled check may have won the race before the eight: then none of them publishes.
        assertThat(winners).isLessThanOrEqualTo(1);
        // What the start-up check of a restarted instance does: nothing more to publish.
        assertThat(results.publishDue()).doesNotContain(s.edition);
        given().when().get(s.base + "/results").then().statusCode(200)
                .body("prizes.find { it.code == 'tourism' }.laureates[0].applicationId", org.hamcrest.Matchers.equalTo(s.app1));
        List<BrokerEvents.Message> events = BrokerEvents.onTestBroker().await(Topics.AWARDS_RESULTS,
                BrokerEvents.event(EventTypes.AWARDS_RESULTS_PUBLISHED, s.edition), 2, Duration.ofSeconds(5));
        assertThat(events).hasSize(1);

        // Once published, the call is closed: moving the ceremony (here a day later) is refused and changes nothing.
        String later = Fixtures.callBody(2, 1, "MEAN", 2).replace("\"ceremonyAt\":\"" + T.plusDays(30), "\"ceremonyAt\":\"" + T.plusDays(31));
        given().auth().oauth2(Fixtures.ORGANISER).contentType(io.restassured.http.ContentType.JSON).body(later)
                .when().put(s.base + "/call").then().statusCode(409).contentType("application/problem+json")
                .body("type", org.hamcrest.Matchers.endsWith("results-published"));
        given().auth().oauth2(Fixtures.ORGANISER).when().get(s.base + "/call").then().statusCode(200)
                .body("ceremonyAt", org.hamcrest.Matchers.startsWith(T.plusDays(30).toString().substring(0, 16)));
    }

    private List<String> race(int publishers) throws Exception {
        return raceEach(publishers).stream().flatMap(List::stream).toList();
    }

    private List<List<String>> raceEach(int publishers) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(publishers);
        CountDownLatch go = new CountDownLatch(1);
        List<Future<List<String>>> futures = new ArrayList<>();
        for (int i = 0; i < publishers; i++) {
            Callable<List<String>> publish = () -> {
                go.await();
                return results.publishDue();
            };
            futures.add(pool.submit(publish));
        }
        go.countDown();
        List<List<String>> all = new ArrayList<>();
        for (Future<List<String>> future : futures) {
            all.add(future.get());
        }
        pool.shutdown();
        return all;
    }
}
