package org.pincite.web.architecture.cycle.a;

import org.pincite.web.architecture.cycle.b.Second;

/** Half of a deliberate package cycle that {@code ArchitectureTest} must report. */
public class First {
  Second other;
}
