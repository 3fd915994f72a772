package org.assises.registration.api;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;

import org.junit.jupiter.api.Test;

import org.assises.registration.domain.Category;

/** The category pattern of delegation members accepts exactly the categories there are. */
class PatternsTest {

    @Test
    void categoryPatternMatchesTheEnum() {
        assertThat(Patterns.CATEGORY.split("\\|")).containsExactlyInAnyOrder(Arrays.stream(Category.values()).map(Enum::name).toArray(String[]::new));
    }
}
