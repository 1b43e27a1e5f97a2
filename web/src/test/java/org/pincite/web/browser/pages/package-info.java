/**
 * One page object per screen of Pincite, reached from a {@link
 * org.pincite.web.browser.pages.Chromium} session: what a user sees and does there, in their words
 * (open a matter, select words and press R, tick a claim, save), so that the browser tests read as
 * a user's steps and a change of markup is fixed in one place.
 */
package org.pincite.web.browser.pages;
