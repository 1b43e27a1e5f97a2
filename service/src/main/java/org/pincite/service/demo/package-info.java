/**
 * The demo matter, modelled on Musk v. Altman et al. (2024): its parties and the claims of both
 * sides, a complaint written with PDFBox and emails, all illustrative reconstructions.
 */
package org.pincite.service.demo;
