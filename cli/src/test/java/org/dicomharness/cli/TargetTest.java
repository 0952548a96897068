package org.dicomharness.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import picocli.CommandLine.TypeConversionException;

class TargetTest {

    @Test
    void parsesAetHostAndPort() {
        Target t = Target.parse("STORESCP@127.0.0.1:11112");
        assertThat(t).isEqualTo(new Target("STORESCP", "127.0.0.1", 11112));
        assertThat(Target.parse("A@pacs.example.org:104").host()).isEqualTo("pacs.example.org");
        assertThat(Target.parse("A@[::1]:104").host()).isEqualTo("[::1]");
    }

    @Test
    void refusesWhatIsNotATarget() {
        assertThatThrownBy(() -> Target.parse("127.0.0.1:104")).isInstanceOf(TypeConversionException.class)
                .hasMessageContaining("AET@host:port");
        assertThatThrownBy(() -> Target.parse("SEVENTEEN_CHARS_X@h:1")).hasMessageContaining("1 to 16 characters");
        assertThatThrownBy(() -> Target.parse("A@h:0")).hasMessageContaining("outside 1-65535");
        assertThatThrownBy(() -> Target.parse("A@h:x")).hasMessageContaining("not a number");
        assertThatThrownBy(() -> Target.parse("A@h:")).hasMessageContaining("AET@host:port");
    }
}
