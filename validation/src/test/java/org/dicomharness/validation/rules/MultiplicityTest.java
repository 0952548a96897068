package org.dicomharness.validation.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class MultiplicityTest {

    @Test
    void parsesEveryPs36Form() {
        assertThat(Multiplicity.parse("1").allows(1)).isTrue();
        assertThat(Multiplicity.parse("1").allows(2)).isFalse();
        assertThat(Multiplicity.parse("1-3").allows(3)).isTrue();
        assertThat(Multiplicity.parse("1-3").allows(4)).isFalse();
        assertThat(Multiplicity.parse("1-n").allows(1000)).isTrue();
        assertThat(Multiplicity.parse("1-n").allows(0)).isFalse();
        assertThat(Multiplicity.parse("2-2n").allows(4)).isTrue();
        assertThat(Multiplicity.parse("2-2n").allows(3)).isFalse();
        assertThat(Multiplicity.parse("3-3n").allows(6)).isTrue();
        assertThat(Multiplicity.parse("3-3n").allows(7)).isFalse();
        assertThat(Multiplicity.parse("0-1").allows(0)).isTrue();
    }

    @Test
    void rejectsWhatIsNotAMultiplicity() {
        assertThatThrownBy(() -> Multiplicity.parse("one")).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("'one' is not a value multiplicity");
    }
}
