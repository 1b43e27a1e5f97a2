/**
 * What callers hand to the application services: the inputs of a use case as plain records (a
 * selection to mark as a passage, ...), checked by the service and the domain, never trusted.
 */
package org.pincite.service.command;
