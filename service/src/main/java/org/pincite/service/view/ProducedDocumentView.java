package org.pincite.service.view;

/**
 * One document of a production: its Bates range (null before the production ran; a preview's
 * numbers before that), whether it is withheld, how it is produced (IMAGES, NATIVE, WITHHELD) and
 * its endorsement's label (null when none).
 */
public record ProducedDocumentView(
    long documentId,
    String title,
    String begBates,
    String endBates,
    boolean withheld,
    String producedAs,
    String endorsement,
    int pages)
    implements java.io.Serializable {}
