package dev.cove;

import org.junit.jupiter.api.Test;
import org.springframework.modulith.core.ApplicationModules;

/** Keeps the feature packages honest: no cycles, no reaching into another module's internals. */
class ModularityTests {

    @Test
    void verifiesModuleStructure() {
        ApplicationModules.of(CoveApplication.class).verify();
    }
}
