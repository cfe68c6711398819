package dev.interlinear.facts;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class NamesTest {

    @Test
    void givenInitialsWithSpaces_whenKeyed_thenTheyAreWrittenTogether() {
        assertThat(Names.key(" C. C.  Wei ")).isEqualTo("c.c. wei");
        assertThat(Names.key("Jensen\tHuang")).isEqualTo("jensen huang");
    }
}
