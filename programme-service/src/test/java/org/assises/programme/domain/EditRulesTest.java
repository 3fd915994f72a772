package org.assises.programme.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Set;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import org.assises.contracts.LocalizedText;
import org.assises.contracts.Side;

/** The co-chair pair rule and the reorder rule, without a database. */
class EditRulesTest {

    private static LocalGovernment government(String fr, String zh, Side side) {
        return new LocalGovernment(new LocalizedText(fr, zh, null), side);
    }

    private static final LocalGovernment VAL_D_ORBE = government("Département fictif du Val-d'Orbe", "瓦尔多尔布省", Side.FRENCH);
    private static final LocalGovernment QINGSHAN = government("Préfecture fictive de Qingshan", "青山市", Side.CHINESE);

    @Test
    void aPairIsOneFrenchAndOneChineseGovernment() {
        assertThat(CoChairPair.problems(List.of(VAL_D_ORBE, QINGSHAN))).isEmpty();
        assertThat(CoChairPair.problems(List.of(QINGSHAN))).isEmpty();
        assertThat(CoChairPair.problems(List.of())).isEmpty();
        assertThat(CoChairPair.problems(List.of(VAL_D_ORBE, government("Commune fictive d'Essai", "测试市", Side.FRENCH))))
                .containsExactly("two FRENCH local governments: the pair is one French and one Chinese");
        assertThat(CoChairPair.problems(List.of(VAL_D_ORBE, government(" département fictif du val-d'orbe ", "另一个", Side.CHINESE))))
                .containsExactly("the same local government cannot chair twice");
        assertThat(CoChairPair.problems(List.of(VAL_D_ORBE, QINGSHAN, QINGSHAN))).hasSize(1);
        assertThat(CoChairPair.problems(List.of(government("x".repeat(301), "长", Side.FRENCH)))).hasSize(1);
    }

    @Test
    void aLoneCoChairIsIncomplete() {
        assertThat(CoChairPair.incomplete(List.of(QINGSHAN))).isTrue();
        assertThat(CoChairPair.incomplete(List.of(VAL_D_ORBE, QINGSHAN))).isFalse();
        assertThat(CoChairPair.incomplete(List.of())).isFalse();
    }

    @Test
    void aNewOrderNamesEveryTalkStillInTheOrderOnce() {
        UUID a = UUID.randomUUID();
        UUID b = UUID.randomUUID();
        UUID withdrawn = UUID.randomUUID();
        assertThat(RunningOrder.problems(Set.of(a, b), List.of(b, a))).isEmpty();
        assertThat(RunningOrder.problems(Set.of(a, b), List.of(a))).singleElement().asString().contains(b.toString(), "missing");
        assertThat(RunningOrder.problems(Set.of(a, b), List.of(a, b, withdrawn))).singleElement().asString().contains(withdrawn.toString());
        assertThat(RunningOrder.problems(Set.of(a, b), List.of(a, a, b))).singleElement().asString().contains("twice");
    }
}
