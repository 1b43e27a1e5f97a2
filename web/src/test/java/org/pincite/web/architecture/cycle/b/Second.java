package org.pincite.web.architecture.cycle.b;

import org.pincite.web.architecture.cycle.a.First;

/** The other half of the deliberate package cycle that {@code ArchitectureTest} must report. */
public class Second {
  First other;
}
