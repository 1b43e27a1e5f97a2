/**
 * The demo matter, modelled on Musk v. Altman et al. (2024): its parties and the claims of both
 * sides, a complaint written with PDFBox and emails, all illustrative reconstructions; a second
 * small matter; and two demo users on the first matter only. {@code DemoMatterLoader} adds them on
 * the first start with an empty database (not with PINCITE_DEMO=false, nor when a setting is
 * wrong).
 */
package org.pincite.service.demo;
