/**
 * Pin cites: where in a document a passage lies, written the way a litigator writes it. Pure code
 * (no database, no container, no PDFBox): what it needs of a document comes in a {@link
 * org.pincite.service.cite.Source}, where the passage lies in a {@link
 * org.pincite.service.cite.Locator}, and page text, where a cite must read it (numbered paragraphs
 * of a pleading), through a function.
 *
 * <p>The design, agreed between the cites and the transcripts work:
 *
 * <ul>
 *   <li>{@link org.pincite.service.cite.PinCite#of} names the document (its short cite name when
 *       the team gave one, else a pleading's abbreviation, an email's sender, recipients, date and
 *       subject, or the title; then the exhibit label) and joins the locator's {@link
 *       org.pincite.service.cite.Pinpoint}: a page pinpoint after "at" ("Compl. at 3", "Ex. 12, at
 *       4", "Mortimer v. Baca, slip op. at 2087–88"), or after the reporter cite of an authority
 *       ("Mortimer, 596 F.3d 1234, 1240"); any other pinpoint right after the name ("Compl. ¶ 23",
 *       "Roe Dep. 45:3–46:2").
 *   <li>{@link org.pincite.service.cite.Locator} is a small sealed type. {@link
 *       org.pincite.service.cite.Pages} is a passage by pages and offsets, cited by the pages'
 *       printed labels ({@link org.pincite.service.cite.PageLabels}: page index to the number
 *       printed on the page) or, in a filing's numbered paragraphs, by paragraph. A new way to
 *       locate (page and line of a transcript: {@code Lines}) is one more record implementing
 *       {@code Locator} with its own {@code pinpoint}, and its name in {@code Locator}'s {@code
 *       permits} clause; {@code PinCite} does not change.
 * </ul>
 */
package org.pincite.service.cite;
