/**
 * Annotations: a passage a reviewer selected in a document, the claims it bears on, and its stance
 * (supports, refutes, context).
 */
package org.pincite.domain.annotation;
