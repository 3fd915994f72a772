package org.assises.registration.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.Set;

import org.junit.jupiter.api.Test;

import org.assises.testsupport.WebhookReceiver;

/** The feed's rules without a database: cursors, signatures, backoff, webhook URLs. */
class FeedRulesTest {

    @Test
    void aCursorReadsBackInItsScopeOnlyAndAnAlteredOneNowhere() {
        FeedCursor cursors = new FeedCursor("test-key");
        String cursor = cursors.encode("apcae:a", 42);
        assertThat(cursors.decode("apcae:a", cursor)).hasValue(42);
        assertThat(cursors.decode("apcae:b", cursor)).isEmpty();
        assertThat(cursors.decode("organisers", cursor)).isEmpty();
        assertThat(new FeedCursor("other-key").decode("apcae:a", cursor)).isEmpty();
        assertThat(cursors.decode("apcae:a", cursor.substring(1))).isEmpty();
        assertThat(cursors.decode("apcae:a", "%%%")).isEmpty();
    }

    @Test
    void aSignatureVerifiesWithTheIntegratorsOwnCodeAndFailsOnAnyChange() {
        String secret = WebhookSignature.newSecret();
        long now = OffsetDateTime.now().toEpochSecond();
        String header = WebhookSignature.sign(secret, "msg-1", now, "{\"a\":\"王\"}");
        assertThat(WebhookSignature.verify(secret, "msg-1", now, "{\"a\":\"王\"}", header)).isTrue();
        assertThat(WebhookReceiver.verify(secret, "msg-1", Long.toString(now), "{\"a\":\"王\"}", header)).isTrue();
        assertThat(WebhookReceiver.verify(secret, "msg-1", Long.toString(now), "{\"a\":\"李\"}", header)).isFalse();
        assertThat(WebhookReceiver.verify(secret, "msg-2", Long.toString(now), "{\"a\":\"王\"}", header)).isFalse();
        assertThat(WebhookReceiver.verify(WebhookSignature.newSecret(), "msg-1", Long.toString(now), "{\"a\":\"王\"}", header)).isFalse();
        // A timestamp from an hour ago is a replay.
        String old = WebhookSignature.sign(secret, "msg-1", now - 3600, "{}");
        assertThat(WebhookReceiver.verify(secret, "msg-1", Long.toString(now - 3600), "{}", old)).isFalse();
    }

    @Test
    void backoffDoublesUpToItsMaximumThenGivesUpAfterThePeriod() {
        Backoff backoff = new Backoff(Duration.ofSeconds(10), Duration.ofMinutes(1), Duration.ofHours(1));
        OffsetDateTime since = OffsetDateTime.parse("2018-12-10T10:00:00Z");
        assertThat(backoff.next(1, since, since)).hasValue(since.plusSeconds(10));
        assertThat(backoff.next(3, since, since)).hasValue(since.plusSeconds(40));
        assertThat(backoff.next(50, since, since)).hasValue(since.plusMinutes(1));
        assertThat(backoff.next(9, since, since.plusHours(1))).isEmpty();
    }

    @Test
    void webhookUrlsMustBeHttpAndNotPointInwards() {
        Set<String> none = Set.of();
        Set<String> own = Set.of("registration.assises.example");
        assertThat(WebhookUrl.refusal("https://apcae.example.cn/hooks", none, own)).isEmpty();
        assertThat(WebhookUrl.refusal("ftp://apcae.example.cn/hooks", none, own)).isPresent();
        assertThat(WebhookUrl.refusal("https://registration.assises.example/api", none, own)).hasValue("must not point at this service");
        assertThat(WebhookUrl.refusal("http://127.0.0.1:8081/", none, own)).hasValue("must not point at a loopback address");
        assertThat(WebhookUrl.refusal("http://127.0.0.1:8081/", Set.of("127.0.0.1"), own)).isEmpty();
        assertThat(WebhookUrl.refusal("http://0.0.0.0/", none, own)).hasValue("must not point at a wildcard address");
        assertThat(WebhookUrl.refusal("http://[fe80::1]/", none, own)).hasValue("must not point at a link-local address");
        assertThat(WebhookUrl.refusal("http://a.localhost/", none, own)).isPresent();
    }
}
