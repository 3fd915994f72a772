package org.assises.registration;

import static org.assises.registration.DelegationPushTest.push;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;

import org.assises.testsupport.AssisesTestResource;
import org.assises.testsupport.WebhookReceiver;
import org.assises.testsupport.WebhookReceiver.Answer;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;

/**
 * APCAE's feed at full size, skipped unless {@code -Dassises.benchmark=true}: a 300-member push, then the time
 * until its 300 entries are readable in the pull feed and delivered to a fast receiver, while a slow receiver
 * (1 s per call) subscribed alongside takes its own pace. Figures are printed; order and completeness are asserted.
 */
@QuarkusTest
@QuarkusTestResource(AssisesTestResource.class)
@EnabledIfSystemProperty(named = "assises.benchmark", matches = "true")
class FeedBenchmark {

    static final int MEMBERS = 300;

    @Test
    void threeHundredMembersPushedThenReadAndDelivered() {
        String edition = Fixtures.edition(10, MEMBERS);
        String token = FeedTest.apcae();
        try (WebhookReceiver fast = WebhookReceiver.start(); WebhookReceiver slow = WebhookReceiver.start()) {
            fast.secret(FeedTest.subscribe(token, fast.url(), null).getString("secret"));
            slow.answering(n -> new Answer(204, Duration.ofSeconds(1)));
            slow.secret(FeedTest.subscribe(token, slow.url(), null).getString("secret"));

            long start = System.nanoTime();
            push(token, edition, "BENCH-1", FeedTest.members("BM", MEMBERS)).then().statusCode(200);
            long pushed = System.nanoTime();
            await().atMost(Duration.ofMinutes(5)).pollInterval(Duration.ofMillis(100)).until(() -> FeedTest.all(token).size() == MEMBERS);
            long readable = System.nanoTime();
            await().atMost(Duration.ofMinutes(5)).pollInterval(Duration.ofMillis(100)).until(() -> fast.accepted().size() == MEMBERS);
            long delivered = System.nanoTime();
            int slowSoFar = slow.accepted().size();

            List<Map<String, Object>> entries = FeedTest.all(token);
            List<String> ids = entries.stream().map(e -> (String) e.get("id")).toList();
            assertThat(fast.accepted()).extracting(d -> d.json().path("id").asText()).containsExactlyElementsOf(ids);
            assertThat(fast.calls()).allSatisfy(d -> assertThat(d.signatureValid()).isTrue());
            assertThat(slow.accepted()).extracting(d -> d.json().path("id").asText()).containsExactlyElementsOf(ids.subList(0, slow.accepted().size()));
            System.out.printf("""
                    FEED BENCHMARK (%d members)
                      push answered:                 %d ms
                      all entries readable (pull):   %d ms after the push began
                      all delivered (fast receiver): %d ms after the push began (%.0f entries/s from the push answer to the last delivery)
                      slow receiver (1 s per call):  %d delivered meanwhile (in order, signed)
                    """, MEMBERS, (pushed - start) / 1_000_000, (readable - start) / 1_000_000, (delivered - start) / 1_000_000,
                    MEMBERS / ((delivered - pushed) / 1e9), slowSoFar);
        }
    }
}
