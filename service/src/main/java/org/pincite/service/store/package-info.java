/**
 * The originals store: every file exactly as received, addressed by its SHA-256, written once and
 * checked against its hash whenever it is read.
 */
package org.pincite.service.store;
