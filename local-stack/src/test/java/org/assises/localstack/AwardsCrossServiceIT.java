package org.assises.localstack;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assises.localstack.SharedStack.EDITION;
import static org.assises.localstack.SharedStack.JSON;
import static org.assises.localstack.SharedStack.ORGANISER;
import static org.assises.localstack.SharedStack.await;
import static org.assises.localstack.SharedStack.get;
import static org.assises.localstack.SharedStack.send;

import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import com.fasterxml.jackson.databind.JsonNode;

import org.assises.contracts.EventTypes;
import org.assises.contracts.Topics;
import org.assises.platform.security.Roles;
import org.assises.testsupport.BrokerEvents;
import org.assises.testsupport.DevTokens;

/**
 * The prize across the packaged services, on the real clock: programme creates the 2018 edition and
 * publishes its programme (with the award ceremony session); awards learns the edition, runs a call with
 * fictitious partnerships, a Franco-Chinese jury scoring with their own tokens and a closed deliberation;
 * until the ceremony time neither awards' public list nor programme's published programme tells anything;
 * from it, both show the laureates by prize and rank, and {@code awards.results} carries one event.
 */
@ExtendWith(SharedStack.class)
class AwardsCrossServiceIT {

    private static final String BASE = "/api/v1/editions/" + EDITION;
    private static final ZoneId PARIS = ZoneId.of("Europe/Paris");

    @Test
    void theLaureatesReachThePublishedProgrammeAtTheCeremonyAndNotBefore() throws Exception {
        // programme owns the edition (the shared stack created it there); its 2018 programme is loaded and published, with the
        // award ceremony session. Another test may have loaded it first; then nothing changed since and nothing is published again.
        HttpResponse<String> loaded = send(ServiceProcess.Service.PROGRAMME, "POST", BASE + "/reference-programme", ORGANISER, null);
        assertThat(loaded.statusCode()).as(loaded.body()).isIn(200, 201);
        HttpResponse<String> published = send(ServiceProcess.Service.PROGRAMME, "POST", BASE + "/versions", ORGANISER,
                "{\"acknowledgeWarnings\":true}");
        assertThat(published.statusCode()).as(published.body()).isIn(201, 409);
        assertThat(laureatesShown(latestProgramme())).isFalse();
        await("awards learns the edition", Duration.ofSeconds(60),
                () -> get(ServiceProcess.Service.AWARDS, BASE + "/prizes", null).statusCode() == 200);

        // The call, open now; the organisers move its calendar on as the prize goes (the services run on the real clock).
        Instant now = Instant.now().truncatedTo(ChronoUnit.SECONDS);
        putCall(now.minus(1, ChronoUnit.HOURS), now.plus(1, ChronoUnit.HOURS), now.plus(2, ChronoUnit.HOURS), now.plus(3, ChronoUnit.HOURS),
                now.plus(4, ChronoUnit.HOURS));
        String run = UUID.randomUUID().toString().substring(0, 6);
        String tourism = created(send(ServiceProcess.Service.AWARDS, "POST", BASE + "/prizes", ORGANISER, """
                {"code":"it-tourism-%s","name":{"fr":"Prix du tourisme (essai)","zh":"旅游奖（测试）"},"theme":"TOURISM",
                 "award":{"fr":"Diplôme","zh":"证书"},"laureates":2}""".formatted(run))).path("id").asText();
        String second = apply("Commune fictive de Valbruyère", "瓦尔布吕耶尔市", "Ville fictive de Songtai", "松台市");
        String first = apply("Communauté fictive des Monts-Clairs", "明山共同体", "Ville fictive de Lanxi", "岚溪市");
        String mention = apply("Commune fictive de Rochebrune", "罗什布吕内市", "Ville fictive de Qinghe", "清河市");
        String french = juror("it-juror-fr-" + run, "Juré fictif", "虚构评委", "FRENCH", "Association fictive", "Bretagne");
        String chinese = juror("it-juror-zh-" + run, "Wang Fictif", "王虚构", "CHINESE", "Institut fictif", "Yunnan");
        for (String application : List.of(second, first, mention)) {
            ok(send(ServiceProcess.Service.AWARDS, "POST", BASE + "/applications/" + application + "/screening", ORGANISER,
                    "{\"status\":\"ELIGIBLE\"}"));
            for (String juror : List.of(french, chinese)) {
                assertThat(send(ServiceProcess.Service.AWARDS, "POST", BASE + "/assignments", ORGANISER,
                        "{\"jurorId\":\"%s\",\"applicationId\":\"%s\"}".formatted(juror, application)).statusCode()).isEqualTo(201);
            }
        }

        // The window closes, the scoring phase opens: each juror scores with their own token.
        now = Instant.now().truncatedTo(ChronoUnit.SECONDS);
        putCall(now.minus(1, ChronoUnit.HOURS), now.minusSeconds(1), now.minusSeconds(1), now.plus(1, ChronoUnit.HOURS),
                now.plus(2, ChronoUnit.HOURS));
        assertThat(send(ServiceProcess.Service.AWARDS, "POST", BASE + "/applications", null, application("Commune tardive", "迟到市",
                "Ville tardive", "迟县")).statusCode()).isEqualTo(409);
        int[][] marks = {{7, 7, 6}, {9, 9, 8}, {6, 5, 6}};
        List<String> applications = List.of(second, first, mention);
        for (String subject : List.of("it-juror-fr-" + run, "it-juror-zh-" + run)) {
            for (int i = 0; i < applications.size(); i++) {
                ok(send(ServiceProcess.Service.AWARDS, "PUT", BASE + "/jury/me/applications/" + applications.get(i) + "/scores",
                        DevTokens.forSubject(subject, Roles.JURY), "{\"scores\":{\"innovation\":%d,\"results\":%d,\"film\":%d}}"
                                .formatted(marks[i][0], marks[i][1], marks[i][2])));
            }
        }

        // The scoring phase ends; the jury deliberates, deciding the second place before the first; the ceremony is an hour away.
        now = Instant.now().truncatedTo(ChronoUnit.SECONDS);
        Instant ceremony = now.plus(1, ChronoUnit.HOURS);
        putCall(now.minus(1, ChronoUnit.HOURS), now.minusSeconds(3), now.minusSeconds(3), now.minusSeconds(1), ceremony);
        assertThat(send(ServiceProcess.Service.AWARDS, "POST", BASE + "/deliberation", ORGANISER,
                "{\"heldAt\":\"%s\",\"present\":[\"%s\",\"%s\"]}".formatted(paris(now), french, chinese)).statusCode()).isEqualTo(201);
        decide(second, "LAUREATE", tourism, 2);
        decide(mention, "MENTION", null, 1);
        decide(first, "LAUREATE", tourism, 1);
        ok(send(ServiceProcess.Service.AWARDS, "POST", BASE + "/deliberation/closing", ORGANISER, null));

        // Before the ceremony: nothing, not even a count, to the public or the jury; no laureate in the published programme.
        HttpResponse<String> anonymous = send(ServiceProcess.Service.AWARDS, "GET", BASE + "/results", null, null);
        HttpResponse<String> asJuror = send(ServiceProcess.Service.AWARDS, "GET", BASE + "/results",
                DevTokens.forSubject("it-juror-fr-" + run, Roles.JURY), null);
        HttpResponse<String> unknown = send(ServiceProcess.Service.AWARDS, "GET", "/api/v1/editions/no-such-edition/results", null, null);
        assertThat(List.of(anonymous.statusCode(), asJuror.statusCode())).containsOnly(404);
        assertThat(JSON.readTree(anonymous.body()).path("detail").asText().replace(EDITION, "X"))
                .isEqualTo(JSON.readTree(unknown.body()).path("detail").asText().replace("no-such-edition", "X"));
        for (String body : List.of(anonymous.body(), asJuror.body(), latestProgrammeBody())) {
            assertThat(body).doesNotContain(first).doesNotContain(second).doesNotContain(mention).doesNotContain("瓦尔布吕耶尔市");
        }
        assertThat(laureatesShown(latestProgramme())).isFalse();

        // The ceremony, a few seconds ahead: the results are public from it, and not a moment before.
        ceremony = Instant.now().plusSeconds(4).truncatedTo(ChronoUnit.SECONDS);
        putCall(now.minus(1, ChronoUnit.HOURS), now.minusSeconds(3), now.minusSeconds(3), now.minusSeconds(1), ceremony);
        Instant deadline = ceremony.plusSeconds(60);
        HttpResponse<String> results;
        while ((results = send(ServiceProcess.Service.AWARDS, "GET", BASE + "/results", null, null)).statusCode() != 200) {
            assertThat(Instant.now()).as("results published within a minute of the ceremony").isBefore(deadline);
            Thread.sleep(200);
        }
        assertThat(Instant.now()).as("not before the ceremony").isAfterOrEqualTo(ceremony);
        JsonNode list = JSON.readTree(results.body());
        JsonNode prize = prize(list.path("prizes"), "it-tourism-" + run);
        assertThat(ids(prize.path("laureates"))).containsExactly(first, second);
        assertThat(prize.path("laureates").get(0).path("rank").asInt()).isEqualTo(1);
        assertThat(prize.path("laureates").get(0).path("frenchGovernment").path("zh").asText()).isEqualTo("明山共同体");
        assertThat(prize.path("laureates").get(1).path("chineseGovernment").path("fr").asText()).isEqualTo("Ville fictive de Songtai");
        assertThat(prize.path("name").path("zh").asText()).isEqualTo("旅游奖（测试）");
        assertThat(ids(list.path("mentions"))).containsExactly(mention);

        // programme shows them on the award ceremony session of its published programme, in the same order.
        await("the laureates on the published programme", Duration.ofSeconds(60),
                () -> laureatesShown(latestProgramme()));
        JsonNode shown = ceremony(latestProgramme()).path("laureates");
        assertThat(ids(prize(shown.path("prizes"), "it-tourism-" + run).path("laureates"))).containsExactly(first, second);
        assertThat(ids(shown.path("mentions"))).containsExactly(mention);
        assertThat(latestProgrammeBody()).doesNotContain("claire.fictive@example.org");

        // One event on awards.results, however many times the embargo was checked since.
        List<BrokerEvents.Message> events = new BrokerEvents(SharedStack.stack().kafka().bootstrapServers()).await(Topics.AWARDS_RESULTS,
                BrokerEvents.event(EventTypes.AWARDS_RESULTS_PUBLISHED, null).and(m -> EDITION.equals(m.key())), 2, Duration.ofSeconds(6));
        assertThat(events).hasSize(1);
        assertThat(ids(prize(events.get(0).json().path("data").path("prizes"), "it-tourism-" + run).path("laureates")))
                .containsExactly(first, second);
    }

    private static void putCall(Instant opens, Instant closes, Instant scoringOpens, Instant scoringCloses, Instant ceremony)
            throws Exception {
        ok(send(ServiceProcess.Service.AWARDS, "PUT", BASE + "/call", ORGANISER, """
                {"rules":{"fr":"Règlement d'essai","zh":"测试规则"},"eligibility":{"fr":"Un partenariat franco-chinois","zh":"一个中法合作伙伴关系"},
                 "themes":["TOURISM","AGRICULTURE_FOOD","SUSTAINABLE_CITY"],
                 "criteria":[{"code":"innovation","name":{"fr":"Innovation","zh":"创新"},"weight":3},
                             {"code":"results","name":{"fr":"Résultats","zh":"成果"},"weight":1},
                             {"code":"film","name":{"fr":"Film","zh":"短片"},"weight":1}],
                 "scaleMin":0,"scaleMax":10,"aggregation":"MEAN","quorum":2,"jurorsPerSide":1,"disagreement":2.0,"deliberationQuorum":2,
                 "opensAt":"%s","closesAt":"%s","scoringOpensAt":"%s","scoringClosesAt":"%s","ceremonyAt":"%s"}"""
                .formatted(paris(opens), paris(closes), paris(scoringOpens), paris(scoringCloses), paris(ceremony))));
    }

    private static String apply(String french, String frenchZh, String chinese, String chineseZh) throws Exception {
        return created(send(ServiceProcess.Service.AWARDS, "POST", BASE + "/applications", null,
                application(french, frenchZh, chinese, chineseZh))).path("application").path("id").asText();
    }

    private static String application(String french, String frenchZh, String chinese, String chineseZh) {
        return """
                {"theme":"TOURISM","frenchGovernment":{"name":{"fr":"%s","zh":"%s"},"region":"Occitanie"},
                 "chineseGovernment":{"name":{"fr":"%s","zh":"%s"},"region":"Sichuan"},
                 "title":{"fr":"Coopération %s – %s","zh":"%s与%s的合作"},
                 "summary":{"fr":"Un projet fictif de tourisme partagé.","zh":"一个虚构的共享旅游项目。"},
                 "innovation":"Des itinéraires croisés.","results":"Deux échanges par an.",
                 "filmUrl":"https://films.example.org/%s",
                 "contacts":[{"name":"Claire Fictive","function":"Chargée de mission","email":"claire.fictive@example.org","phone":"+33 5 61 00 00 01"}]}"""
                .formatted(french, frenchZh, chinese, chineseZh, french, chinese, chineseZh, frenchZh, UUID.randomUUID());
    }

    private static String juror(String subject, String name, String nameZh, String side, String organisation, String region)
            throws Exception {
        return created(send(ServiceProcess.Service.AWARDS, "POST", BASE + "/jurors", ORGANISER, """
                {"subject":"%s","name":"%s","nameZh":"%s","side":"%s","organisation":"%s","region":"%s","partnerships":[]}"""
                .formatted(subject, name, nameZh, side, organisation, region))).path("id").asText();
    }

    private static void decide(String application, String outcome, String prize, int rank) throws Exception {
        ok(send(ServiceProcess.Service.AWARDS, "PUT", BASE + "/deliberation/decisions/" + application, ORGANISER, """
                {"outcome":"%s","prizeId":%s,"votesFor":2,"votesAgainst":0,"abstentions":0,"reason":"Vote unanime du jury","rank":%d}"""
                .formatted(outcome, prize == null ? "null" : "\"" + prize + "\"", rank)));
    }

    private static JsonNode latestProgramme() throws Exception {
        return JSON.readTree(latestProgrammeBody());
    }

    private static String latestProgrammeBody() throws Exception {
        return ok(get(ServiceProcess.Service.PROGRAMME, BASE + "/versions/latest", null)).body();
    }

    private static JsonNode ceremony(JsonNode programme) {
        List<JsonNode> ceremonies = new ArrayList<>();
        programme.path("sessions").forEach(s -> {
            if ("AWARD_CEREMONY".equals(s.path("kind").asText())) {
                ceremonies.add(s);
            }
        });
        assertThat(ceremonies).as("the 2018 programme's award ceremony").hasSize(1);
        return ceremonies.get(0);
    }

    /** Whether the published programme's award ceremony shows laureates (absent or null until announced). */
    private static boolean laureatesShown(JsonNode programme) {
        JsonNode laureates = ceremony(programme).path("laureates");
        return !laureates.isMissingNode() && !laureates.isNull();
    }

    private static JsonNode prize(JsonNode prizes, String code) {
        for (JsonNode prize : prizes) {
            if (code.equals(prize.path("code").asText())) {
                return prize;
            }
        }
        throw new AssertionError("no prize " + code + " in " + prizes);
    }

    private static List<String> ids(JsonNode laureates) {
        List<String> ids = new ArrayList<>();
        laureates.forEach(l -> ids.add(l.path("applicationId").asText()));
        return ids;
    }

    private static String paris(Instant at) {
        return OffsetDateTime.ofInstant(at, PARIS).toString();
    }

    private static JsonNode created(HttpResponse<String> response) throws Exception {
        assertThat(response.statusCode()).as(response.body()).isEqualTo(201);
        return JSON.readTree(response.body());
    }

    private static HttpResponse<String> ok(HttpResponse<String> response) {
        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        return response;
    }
}
