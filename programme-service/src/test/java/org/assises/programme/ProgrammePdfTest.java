package org.assises.programme;

import static io.restassured.RestAssured.given;
import static org.assises.programme.Fixtures.ORGANISER;
import static org.assises.programme.Fixtures.text;
import static org.assises.testsupport.ProblemAssertions.assertProblem;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import org.assises.testsupport.AssisesTestResource;
import org.assises.testsupport.PrintedDocuments;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;

/** The programme as a PDF: published versions for anyone, the working draft for organisers, both scripts read back. */
@QuarkusTest
@QuarkusTestResource(AssisesTestResource.class)
class ProgrammePdfTest {

    @Test
    void aPublishedVersionPrintsByDayWithCoChairsTalksAndWhatIsToBeConfirmed() {
        String edition = Fixtures.edition("pdf");
        String room = Fixtures.room(edition, Fixtures.venue(edition), 300);
        Map<String, Object> tourism = Fixtures.session("workshop-tourism", "PLENARY_WORKSHOP", room, "2018-12-12T10:30:00+01:00",
                "2018-12-12T12:30:00+01:00");
        tourism.put("title", text("Atelier plénier : tourisme", "全体研讨会：旅游"));
        tourism.put("coChairs", List.of(Map.of("name", text("Ville fictive de Saint-Essai", "圣埃赛虚构市"), "side", "FRENCH"),
                Map.of("name", text("Ville fictive de Jinshan", "金山虚构市"), "side", "CHINESE")));
        String tourismId = Fixtures.createSession(edition, tourism);
        Fixtures.postIntervention(edition, tourismId, Fixtures.talk(Fixtures.speaker(edition, "Zhou Fictif", "周虚构"), 1, 15))
                .then().statusCode(201);
        Map<String, Object> gala = Fixtures.session("gala", "GALA_DINNER", null, "2018-12-12T19:00:00+01:00", "2018-12-12T22:00:00+01:00");
        gala.put("title", text("Dîner de gala", "晚宴"));
        gala.put("status", "TENTATIVE");
        Fixtures.createSession(edition, gala);
        Map<String, Object> visit = Fixtures.session("visit-regal", "FIELD_VISIT", null, "2018-12-13T11:00:00+01:00", "2018-12-13T14:00:00+01:00");
        visit.put("title", text("Visite du salon REGAL", "参观REGAL食品展"));
        Fixtures.createSession(edition, visit);
        Map<String, Object> draft = Fixtures.session("parade", "CULTURAL_SHOW", null, "2018-12-11T17:00:00+01:00", "2018-12-11T18:00:00+01:00");
        draft.put("title", text("Défilé de rue", "街头巡游"));
        draft.put("status", "DRAFT");
        Fixtures.createSession(edition, draft);
        Fixtures.publish(edition, true).then().statusCode(201);

        byte[] pdf = given().when().get("/api/v1/editions/" + edition + "/versions/latest/programme.pdf")
                .then().statusCode(200).contentType("application/pdf").extract().asByteArray();
        String text = PrintedDocuments.text(pdf);
        assertThat(text).contains("Assises de test", "测试论坛", "Version 1", "第1版", "Mercredi 12 décembre 2018", "2018年12月12日",
                "Jeudi 13 décembre 2018", "Atelier plénier : tourisme", "全体研讨会：旅游", "Ville fictive de Saint-Essai", "金山虚构市",
                "Zhou Fictif 周虚构", "15 min", "Dîner de gala", "晚宴", "à confirmer / 待确认", "参观REGAL食品展", "10:30–12:30")
                .doesNotContain("街头巡游");
        assertThat(text.indexOf("全体研讨会：旅游")).isLessThan(text.indexOf("晚宴"));
        assertThat(text.indexOf("晚宴")).isLessThan(text.indexOf("参观REGAL食品展"));
        assertThat(PrintedDocuments.fontsOfFirstPage(pdf)).allSatisfy(font -> assertThat(font).endsWith("(embedded)"));
        String renderings = System.getProperty("assises.renderings");
        if (renderings != null && !renderings.isBlank()) {
            PrintedDocuments.writePng(PrintedDocuments.render(pdf, 0, 110), Path.of(renderings, "programme.png"));
        }

        byte[] working = given().auth().oauth2(ORGANISER).when().get("/api/v1/editions/" + edition + "/working-programme.pdf")
                .then().statusCode(200).contentType("application/pdf").extract().asByteArray();
        assertThat(PrintedDocuments.text(working)).contains("街头巡游", "brouillon / 草稿", "工作草案（未发布）");
    }

    @Test
    void theWorkingDraftIsForOrganisersAndAMissingVersionIs404() {
        String edition = Fixtures.edition("pdf");
        assertProblem(given().when().get("/api/v1/editions/" + edition + "/working-programme.pdf").then().extract().response(),
                401, "unauthenticated");
        assertProblem(given().when().get("/api/v1/editions/" + edition + "/versions/latest/programme.pdf").then().extract().response(),
                404, "not-found");
        assertProblem(given().when().get("/api/v1/editions/" + edition + "/versions/7/programme.pdf").then().extract().response(),
                404, "not-found");
        assertProblem(given().auth().oauth2(ORGANISER).when().get("/api/v1/editions/assises-1999/working-programme.pdf")
                .then().extract().response(), 404, "not-found");
    }
}
