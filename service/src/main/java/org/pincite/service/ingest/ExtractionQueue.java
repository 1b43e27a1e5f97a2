package org.pincite.service.ingest;

import jakarta.annotation.Resource;
import jakarta.ejb.EJB;
import jakarta.enterprise.concurrent.ManagedExecutorService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.security.enterprise.SecurityContext;
import jakarta.transaction.Status;
import jakarta.transaction.Synchronization;
import jakarta.transaction.TransactionSynchronizationRegistry;
import java.security.Principal;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.pincite.service.settings.PinciteSettings;

/**
 * Reading text happens in the background, never in the upload request: a document is queued once
 * the transaction that recorded it commits, and runs on the server's managed executor for
 * extraction (two at a time, see server.xml). The queue is fair between matters: each free thread
 * takes the next document of the next matter in turn, so one matter's 10,000-file upload does not
 * starve another's one-page scan. It is visible ({@link #snapshot()}: what waits, for whom, since
 * when, how far its OCR is), a document in it can be cancelled, and OCR keeps within its budget of
 * pages per document and per matter a day. A password given for a retry is kept in memory only, for
 * that one run.
 */
@ApplicationScoped
public class ExtractionQueue {
  private static final Logger LOG = Logger.getLogger(ExtractionQueue.class.getName());
  private static final Duration DAY = Duration.ofHours(24);

  @Resource(lookup = "concurrent/extraction")
  ManagedExecutorService executor;

  @Resource TransactionSynchronizationRegistry transactions;

  @EJB ExtractionWorker worker;

  @Inject SecurityContext security;

  @Inject PinciteSettings settings;

  private final Map<Long, String> passwords = new ConcurrentHashMap<>();

  // Guarded by this: the documents waiting, matter by matter, the matters' turns, and every
  // document waiting or being read.
  private final MatterTurns waiting = new MatterTurns();
  private final Map<Long, Entry> entries = new LinkedHashMap<>();
  private final Map<Long, Deque<Charge>> ocrPagesByMatter = new HashMap<>();

  /** Who asked for the reading going on in this thread: what it finds inside is theirs too. */
  private static final ThreadLocal<String> READING_FOR = new ThreadLocal<>();

  /** One document in the queue, as the queue's view shows it. */
  public record Waiting(
      long documentId,
      long matterId,
      String requestedBy,
      Instant queuedAt,
      String state,
      Integer ocrPages,
      int ocrPagesDone) {}

  private record Charge(Instant at, int pages) {}

  private static final class Entry {
    final long documentId;
    final long matterId;
    final String requestedBy;
    final Instant queuedAt = Instant.now();
    volatile boolean running;
    volatile Integer ocrPages;
    volatile int ocrPagesDone;
    volatile boolean cancelled;

    Entry(long documentId, long matterId, String requestedBy) {
      this.documentId = documentId;
      this.matterId = matterId;
      this.requestedBy = requestedBy;
    }
  }

  /** Queues the document when the current transaction commits (at once, outside one). */
  public void afterCommit(long matterId, long documentId) {
    String requestedBy = requester();
    if (transactions.getTransactionKey() == null) {
      submit(matterId, documentId, requestedBy);
      return;
    }
    transactions.registerInterposedSynchronization(
        new Synchronization() {
          @Override
          public void beforeCompletion() {}

          @Override
          public void afterCompletion(int status) {
            if (status == Status.STATUS_COMMITTED) {
              submit(matterId, documentId, requestedBy);
            }
          }
        });
  }

  private String requester() {
    String reading = READING_FOR.get();
    if (reading != null) {
      return reading;
    }
    try {
      Principal caller = security.getCallerPrincipal();
      return caller == null ? null : caller.getName();
    } catch (RuntimeException e) {
      return null; // no security context here (start-up, a background thread)
    }
  }

  public void rememberPassword(long documentId, String password) {
    passwords.put(documentId, password);
  }

  String takePassword(long documentId) {
    return passwords.remove(documentId);
  }

  /** Everything waiting or being read, in the order it was queued. */
  public synchronized List<Waiting> snapshot() {
    List<Waiting> all = new ArrayList<>();
    for (Entry e : entries.values()) {
      all.add(
          new Waiting(
              e.documentId,
              e.matterId,
              e.requestedBy,
              e.queuedAt,
              e.running ? (e.ocrPages == null ? "READING" : "OCR") : "WAITING",
              e.ocrPages,
              e.ocrPagesDone));
    }
    return all;
  }

  /** Who asked for the document's reading, while it is in the queue. */
  public synchronized Optional<String> requestedBy(long documentId) {
    return Optional.ofNullable(entries.get(documentId)).map(e -> e.requestedBy);
  }

  /**
   * Takes the document out of the queue, or stops its OCR before the next page; false when it is
   * not in the queue (read already, or the server restarted).
   */
  public synchronized boolean cancel(long documentId) {
    Entry entry = entries.get(documentId);
    if (entry == null) {
      return false;
    }
    entry.cancelled = true;
    if (!entry.running) {
      entries.remove(documentId);
      waiting.remove(entry.matterId, documentId);
    }
    return true;
  }

  private void submit(long matterId, long documentId, String requestedBy) {
    synchronized (this) {
      if (entries.containsKey(documentId)) {
        return; // queued already (a retry of a document still waiting)
      }
      entries.put(documentId, new Entry(documentId, matterId, requestedBy));
      waiting.add(matterId, documentId);
    }
    executor.submit(this::runNext);
  }

  /** The next document of the next matter in turn: round-robin between matters. */
  private synchronized Entry takeNext() {
    Long documentId = waiting.next();
    if (documentId == null) {
      return null; // a cancelled document's task: nothing left for it
    }
    Entry entry = entries.get(documentId);
    entry.running = true;
    return entry;
  }

  private void runNext() {
    Entry entry = takeNext();
    if (entry == null) {
      return;
    }
    READING_FOR.set(entry.requestedBy);
    try {
      worker.run(entry.documentId, watch(entry));
    } catch (RuntimeException | LinkageError e) {
      LOG.log(Level.WARNING, "Extraction of document " + entry.documentId + " stopped", e);
    } finally {
      READING_FOR.remove();
      synchronized (this) {
        entries.remove(entry.documentId);
      }
    }
  }

  private OcrWatch watch(Entry entry) {
    return new OcrWatch() {
      @Override
      public String refuse(int pages) {
        String refused = overBudget(entry.matterId, pages);
        if (refused == null) {
          entry.ocrPages = pages;
        }
        return refused;
      }

      @Override
      public void pageDone(int done, int of) {
        entry.ocrPagesDone = done;
      }

      @Override
      public boolean cancelled() {
        return entry.cancelled;
      }
    };
  }

  /** Null when the document's pages fit both budgets (and are then charged to its matter). */
  private String overBudget(long matterId, int pages) {
    int perDocument = settings.ocrMaxPagesPerDocument();
    if (pages > perDocument) {
      return "OCR budget: "
          + count(pages)
          + " pages, over the limit of "
          + count(perDocument)
          + " per document; an administrator can raise PINCITE_OCR_MAX_PAGES_PER_DOCUMENT";
    }
    int perMatter = settings.ocrMaxPagesPerMatter();
    synchronized (this) {
      Deque<Charge> charges = ocrPagesByMatter.computeIfAbsent(matterId, m -> new ArrayDeque<>());
      Instant dayAgo = Instant.now().minus(DAY);
      while (!charges.isEmpty() && charges.peekFirst().at().isBefore(dayAgo)) {
        charges.pollFirst();
      }
      int spent = charges.stream().mapToInt(Charge::pages).sum();
      if (spent + pages > perMatter) {
        return "OCR budget: "
            + count(pages)
            + " pages would take the matter past its limit of "
            + count(perMatter)
            + " pages a day ("
            + count(spent)
            + " read in the last 24 hours); read it again later, or an administrator can raise"
            + " PINCITE_OCR_MAX_PAGES_PER_MATTER";
      }
      charges.addLast(new Charge(Instant.now(), pages));
      return null;
    }
  }

  private static String count(int n) {
    return String.format(Locale.ROOT, "%,d", n);
  }
}
