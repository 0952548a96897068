package org.dicomharness.steps.glue;

import io.cucumber.java.Before;
import io.cucumber.java.Scenario;
import org.dicomharness.steps.HarnessWorld;

/** Gives each scenario's world the Cucumber scenario it reports to. */
public final class Hooks {

    private final HarnessWorld world;

    public Hooks(HarnessWorld world) {
        this.world = world;
    }

    @Before(order = 0)
    public void begin(Scenario scenario) {
        world.begin(scenario);
        world.note("target: " + world.environment().describe());
    }
}
