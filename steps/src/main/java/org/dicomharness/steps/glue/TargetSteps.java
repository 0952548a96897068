package org.dicomharness.steps.glue;

import static org.assertj.core.api.Assertions.assertThat;

import io.cucumber.java.en.Given;
import org.dicomharness.simulators.LocalAe;
import org.dicomharness.simulators.Verification;
import org.dicomharness.steps.HarnessWorld;
import org.dicomharness.steps.TargetSettings;

/** The target's availability. */
public final class TargetSteps {

    private final HarnessWorld world;

    public TargetSteps(HarnessWorld world) {
        this.world = world;
    }

    @Given("the target answers C-ECHO")
    public void targetAnswersEcho() {
        Verification.EchoResult echo = Verification.echo(LocalAe.of(TargetSettings.callingAe()),
                world.environment().target());
        world.evidence("C-ECHO", echo);
        assertThat(echo.succeeded()).as(echo.summary()).isTrue();
    }
}
