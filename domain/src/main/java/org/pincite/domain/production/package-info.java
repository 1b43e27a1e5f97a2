/**
 * Productions we make: a {@code Production} of a matter names its documents in order (families
 * together), their endorsements, which are withheld as privileged (with the privilege log's type
 * and description) and how each is produced ({@code ProducedAs}: page images, a native with a slip
 * sheet, a slip sheet for a withheld document); when it runs each gets its Bates range from the
 * production's prefix, start and padding, contiguously. Its status (DRAFT, RUNNING, DONE, FAILED),
 * progress and the volume it made. With the productions' repository.
 */
package org.pincite.domain.production;
