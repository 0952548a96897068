package org.dicomharness.simulators;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class TargetTest {

    @Test
    void parsesAeHostAndPort() {
        Target t = Target.parse("REFPACS@127.0.0.1:11112");
        assertThat(t.aeTitle()).isEqualTo("REFPACS");
        assertThat(t.host()).isEqualTo("127.0.0.1");
        assertThat(t.port()).isEqualTo(11112);
        assertThat(t.tls()).isNull();
        assertThat(t).hasToString("REFPACS@127.0.0.1:11112");
    }

    @Test
    void parsesBracketedIpv6Literal() {
        Target t = Target.parse("PACS@[::1]:104");
        assertThat(t.host()).isEqualTo("::1");
        assertThat(t).hasToString("PACS@[::1]:104");
    }

    @Test
    void refusesWhatIsNotATargetNamingTheForm() {
        assertThatThrownBy(() -> Target.parse("127.0.0.1:104")).hasMessageContaining("AET@host:port");
        assertThatThrownBy(() -> Target.parse("PACS@host:70000")).hasMessageContaining("not 1-65535");
        assertThatThrownBy(() -> Target.parse("A_TITLE_LONGER_THAN_16@h:104")).hasMessageContaining("1 to 16");
        assertThatThrownBy(() -> Target.parse("BACK\\SLASH@h:104")).hasMessageContaining("backslash");
    }
}
