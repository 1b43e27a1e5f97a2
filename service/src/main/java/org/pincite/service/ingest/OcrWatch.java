package org.pincite.service.ingest;

/**
 * What OCR of one document answers to while it runs: the budget that may refuse it before the first
 * page, the queue that shows its progress, and a cancel that stops it between pages. {@link #NONE}
 * refuses nothing and is never cancelled (a test, a reading outside the queue).
 */
public interface OcrWatch {
  OcrWatch NONE =
      new OcrWatch() {
        @Override
        public String refuse(int pages) {
          return null;
        }

        @Override
        public void pageDone(int done, int of) {}

        @Override
        public boolean cancelled() {
          return false;
        }
      };

  /** Null when OCR of {@code pages} pages may begin; else why the document waits (NEEDS_OCR). */
  String refuse(int pages);

  /** Page {@code done} of {@code of} is read. */
  void pageDone(int done, int of);

  /** Whether someone cancelled the OCR: it stops before the next page. */
  boolean cancelled();
}
