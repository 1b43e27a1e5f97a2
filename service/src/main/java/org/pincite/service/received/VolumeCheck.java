package org.pincite.service.received;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.DateTimeException;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.pincite.domain.bates.BatesNumber;
import org.pincite.domain.bates.BatesRange;
import org.pincite.domain.bates.Confidentiality;
import org.pincite.domain.received.LoadFileValue;
import org.pincite.domain.received.MappedField;
import org.pincite.domain.received.VolumeProblem;
import org.pincite.domain.shared.DomainRuleViolation;
import org.pincite.service.loadfile.DatFile;
import org.pincite.service.loadfile.DatReader;
import org.pincite.service.loadfile.DatRecord;
import org.pincite.service.loadfile.LoadFileProblem;
import org.pincite.service.loadfile.OptFile;
import org.pincite.service.loadfile.OptLine;
import org.pincite.service.loadfile.OptReader;
import org.pincite.service.loadfile.VolumePath;

/**
 * Reads and checks a received volume before anything of it is stored: finds its DAT (and OPT),
 * decodes them with the load-file codec, maps the fields, links each record's text, native and page
 * images by path, rebuilds families, and reports every problem with its line ({@link Code}), each
 * blocking the commit or only a warning. Pure: the files of the volume in, the report and the
 * planned documents out; what the matter already numbers is asked of {@link HeldNumbers}.
 */
public final class VolumeCheck {
  /** What is wrong, by stable name (the API's {@code code}); the codec's own codes too. */
  public enum Code {
    NO_LOAD_FILE(true),
    SEVERAL_LOAD_FILES(true),
    EMPTY_FILE(true),
    MISSING_HEADER(false),
    FIELD_COUNT(true),
    UNCLOSED_QUOTE(true),
    UNDECODABLE(false),
    BAD_IMAGE_LINE(false),
    NO_BATES_FIELD(true),
    BAD_BATES(true),
    DUPLICATE_BATES(true),
    BATES_OVERLAP(true),
    BATES_TAKEN(true),
    BATES_GAP(false),
    MISSING_PARENT(false),
    FAMILY_LOOP(true),
    MISSING_FILE(false),
    UNNAMED_FILE(false),
    NO_CONTENT(true),
    IMAGE_WITHOUT_RECORD(false),
    PAGE_COUNT(false),
    BAD_DATE(false),
    BAD_CONFIDENTIALITY(false),
    HASH_MISMATCH(false);

    private final boolean blocking;

    Code(boolean blocking) {
      this.blocking = blocking;
    }

    public boolean blocking() {
      return blocking;
    }
  }

  /** Who in the matter already holds a number of {@code range}, in words; empty when nobody. */
  @FunctionalInterface
  public interface HeldNumbers {
    Optional<String> heldBy(BatesRange range);

    HeldNumbers NONE = range -> Optional.empty();
  }

  /** What checking gave. */
  public record Result(
      String volumeName,
      String encoding,
      int records,
      List<MappedField> mapping,
      List<VolumeProblem> problems,
      List<PlannedDocument> documents) {
    public boolean blocked() {
      return problems.stream().anyMatch(VolumeProblem::isBlocking);
    }
  }

  private static final int MAX_PROBLEMS = 5000;

  private final Map<String, byte[]> files;
  private final List<VolumeProblem> problems = new ArrayList<>();
  private final Set<String> named = new HashSet<>();
  private int leftOut;

  private VolumeCheck(Map<String, byte[]> files) {
    this.files = files;
  }

  /**
   * Checks the volume whose files (by path in the archive) are {@code files}, with the field
   * mapping as edited (null: as guessed). A mapping that names what the DAT lacks is refused
   * ({@link DomainRuleViolation}).
   */
  public static Result check(
      Map<String, byte[]> files, Map<String, String> edited, HeldNumbers held) {
    return new VolumeCheck(files).run(edited, held);
  }

  private Result run(Map<String, String> edited, HeldNumbers held) {
    List<String> dats = withExtension(".dat");
    if (dats.isEmpty()) {
      problem(0, Code.NO_LOAD_FILE, null, "The volume holds no DAT load file (DATA/*.dat)");
      return new Result(null, null, 0, List.of(), problems(), List.of());
    }
    if (dats.size() > 1) {
      problem(
          0,
          Code.SEVERAL_LOAD_FILES,
          null,
          "The volume holds several DAT load files ("
              + String.join(", ", dats)
              + "): upload one volume at a time");
      return new Result(null, null, 0, List.of(), problems(), List.of());
    }
    String datPath = dats.get(0);
    named.add(datPath);
    DatFile dat = DatReader.read(files.get(datPath));
    String datName = leaf(datPath);
    Map<Integer, DatRecord> byLine = new HashMap<>();
    dat.records().forEach(r -> byLine.put(r.line(), r));
    FieldMapping mapping = FieldMapping.of(dat.header(), edited);
    for (LoadFileProblem p : dat.problems()) {
      DatRecord r = byLine.get(p.line());
      problem(
          p.line(),
          Code.valueOf(p.code().name()),
          r == null ? null : value(r, mapping, ImportField.BEGBATES),
          datName + ": " + p.message());
    }
    if (!mapping.has(ImportField.BEGBATES) && !dat.records().isEmpty()) {
      problem(
          1,
          Code.NO_BATES_FIELD,
          null,
          "No field of "
              + datName
              + " is mapped to BEGBATES (its fields: "
              + String.join(", ", dat.header())
              + "); map the field holding each document's first Bates number");
    }

    List<PlannedDocument> planned = new ArrayList<>();
    Map<BatesNumber, PlannedDocument> byBegin = new HashMap<>();
    if (mapping.has(ImportField.BEGBATES)) {
      for (DatRecord r : dat.records()) {
        plan(r, mapping, datPath)
            .ifPresent(
                d -> {
                  PlannedDocument before = byBegin.putIfAbsent(key(d.begin()), d);
                  if (before != null) {
                    problem(
                        d.line(),
                        Code.DUPLICATE_BATES,
                        d.begin().format(),
                        d.begin()
                            + " begins the records of lines "
                            + before.line()
                            + " and "
                            + d.line());
                    return;
                  }
                  planned.add(d);
                });
      }
    }
    checkNumbering(planned, held);
    List<PlannedDocument> linked = linkImages(planned, datPath);
    List<PlannedDocument> families = checkFamilies(linked);
    for (PlannedDocument d : families) {
      if (!d.hasContent()) {
        problem(
            d.line(),
            Code.NO_CONTENT,
            d.begin().format(),
            "The record of "
                + d.range().cite()
                + " names no text, native or page image found in the volume: there is nothing to"
                + " store as its original");
      }
    }
    for (String path : files.keySet()) {
      if (!named.contains(path)) {
        problem(
            0,
            Code.UNNAMED_FILE,
            null,
            "'" + path + "' is in the volume but no record of the load files names it");
      }
    }
    return new Result(
        volumeName(datPath),
        dat.encoding(),
        dat.records().size(),
        mapping.fields(),
        problems(),
        families);
  }

  /**
   * A record as a planned document; empty (with the problem) when its Bates numbers do not read.
   */
  private Optional<PlannedDocument> plan(DatRecord r, FieldMapping mapping, String datPath) {
    String beg = value(r, mapping, ImportField.BEGBATES);
    String end = value(r, mapping, ImportField.ENDBATES);
    BatesRange range;
    try {
      if (beg == null || beg.isBlank()) {
        throw new DomainRuleViolation("the record has no BEGBATES");
      }
      range = BatesRange.parse(beg, end == null ? "" : end);
    } catch (RuntimeException e) {
      problem(
          r.line(),
          Code.BAD_BATES,
          beg,
          "The Bates numbers '"
              + (beg == null ? "" : beg)
              + "'–'"
              + (end == null ? "" : end)
              + "' do not read as a range: "
              + e.getMessage());
      return Optional.empty();
    }
    String bates = range.begin().format();
    String pageCount = value(r, mapping, ImportField.PAGECOUNT);
    if (pageCount != null && !pageCount.isBlank()) {
      try {
        int n = Integer.parseInt(pageCount.strip());
        if (n != range.pageCount()) {
          problem(
              r.line(),
              Code.PAGE_COUNT,
              bates,
              "PAGECOUNT says "
                  + n
                  + " pages; the Bates range "
                  + range.cite()
                  + " numbers "
                  + range.pageCount()
                  + " (the range is kept)");
        }
      } catch (NumberFormatException e) {
        problem(r.line(), Code.PAGE_COUNT, bates, "PAGECOUNT '" + pageCount + "' is not a number");
      }
    }
    OffsetDateTime sent = date(r, mapping, ImportField.DATESENT, bates);
    OffsetDateTime date = date(r, mapping, ImportField.DOCDATE, bates);
    Confidentiality designation = null;
    try {
      designation =
          Confidentiality.parse(value(r, mapping, ImportField.CONFIDENTIALITY)).orElse(null);
    } catch (DomainRuleViolation e) {
      problem(
          r.line(),
          Code.BAD_CONFIDENTIALITY,
          bates,
          e.getMessage() + "; the document is imported without a designation");
    }
    BatesNumber parent = parentOf(r, mapping, range, bates);
    String textPath = file(r, mapping, ImportField.TEXTPATH, datPath, bates);
    if (textPath == null && !mapping.has(ImportField.TEXTPATH)) {
      textPath = byConvention("TEXT", bates + ".txt");
    }
    String nativePath = file(r, mapping, ImportField.NATIVEPATH, datPath, bates);
    if (nativePath != null) {
      checkHash(r, mapping, nativePath, bates);
    }
    List<LoadFileValue> fields = new ArrayList<>();
    for (int i = 0; i < r.header().size(); i++) {
      fields.add(
          new LoadFileValue(r.header().get(i), i < r.values().size() ? r.values().get(i) : ""));
    }
    return Optional.of(
        new PlannedDocument(
            r.line(),
            range,
            parent,
            blankToNull(value(r, mapping, ImportField.CUSTODIAN)),
            designation,
            blankToNull(value(r, mapping, ImportField.FROM)),
            blankToNull(value(r, mapping, ImportField.TO)),
            blankToNull(value(r, mapping, ImportField.CC)),
            blankToNull(value(r, mapping, ImportField.SUBJECT)),
            sent,
            blankToNull(value(r, mapping, ImportField.TITLE)),
            blankToNull(value(r, mapping, ImportField.AUTHOR)),
            date,
            blankToNull(value(r, mapping, ImportField.PRODUCTION)),
            blankToNull(value(r, mapping, ImportField.FILENAME)),
            blankToNull(value(r, mapping, ImportField.DOCTYPE)),
            textPath,
            nativePath,
            List.of(),
            fields));
  }

  private OffsetDateTime date(DatRecord r, FieldMapping mapping, ImportField field, String bates) {
    try {
      return LoadFileDates.parse(value(r, mapping, field));
    } catch (DateTimeException e) {
      problem(
          r.line(),
          Code.BAD_DATE,
          bates,
          field + " " + e.getMessage() + "; the document is imported without the date");
      return null;
    }
  }

  /** PARENT_BATES when given, else BEGATTACH when it is not the record's own first number. */
  private BatesNumber parentOf(DatRecord r, FieldMapping mapping, BatesRange range, String bates) {
    String parent = value(r, mapping, ImportField.PARENT_BATES);
    String field = "PARENT_BATES";
    if (parent == null || parent.isBlank()) {
      parent = value(r, mapping, ImportField.BEGATTACH);
      field = "BEGATTACH";
    }
    if (parent == null || parent.isBlank()) {
      return null;
    }
    if (!BatesNumber.isBatesNumber(parent)) {
      problem(
          r.line(),
          Code.MISSING_PARENT,
          bates,
          field + " '" + parent + "' is not a Bates number; the document is imported on its own");
      return null;
    }
    BatesNumber p = BatesNumber.parse(parent);
    return key(p).equals(key(range.begin())) ? null : p;
  }

  /** The volume path of the file {@code field} names, or null (with MISSING_FILE) when absent. */
  private String file(
      DatRecord r, FieldMapping mapping, ImportField field, String loadFile, String bates) {
    String v = value(r, mapping, field);
    if (v == null || v.isBlank()) {
      return null;
    }
    Optional<String> found = find(loadFile, v);
    if (found.isEmpty()) {
      problem(
          r.line(),
          Code.MISSING_FILE,
          bates,
          field + " names '" + v + "', which is not in the volume");
      return null;
    }
    named.add(found.get());
    return found.get();
  }

  private Optional<String> find(String loadFile, String name) {
    for (String candidate : VolumePath.candidates(loadFile, name)) {
      if (files.containsKey(candidate)) {
        return Optional.of(candidate);
      }
      // Windows volumes are written case-insensitively.
      for (String path : files.keySet()) {
        if (path.equalsIgnoreCase(candidate)) {
          return Optional.of(path);
        }
      }
    }
    return Optional.empty();
  }

  private String byConvention(String folder, String fileName) {
    for (String path : files.keySet()) {
      String p = path.toUpperCase(Locale.ROOT);
      if (p.endsWith("/" + fileName.toUpperCase(Locale.ROOT))
          && (p.startsWith(folder + "/") || p.contains("/" + folder + "/"))) {
        named.add(path);
        return path;
      }
    }
    return null;
  }

  private void checkHash(DatRecord r, FieldMapping mapping, String path, String bates) {
    String want = value(r, mapping, ImportField.SHA256);
    String algorithm = "SHA-256";
    if (want == null || want.isBlank()) {
      want = value(r, mapping, ImportField.MD5HASH);
      algorithm = "MD5";
    }
    if (want == null || want.isBlank()) {
      return;
    }
    try {
      String got =
          HexFormat.of().formatHex(MessageDigest.getInstance(algorithm).digest(files.get(path)));
      if (!got.equalsIgnoreCase(want.strip())) {
        problem(
            r.line(),
            Code.HASH_MISMATCH,
            bates,
            "The native '"
                + path
                + "' has the "
                + algorithm
                + " "
                + got
                + ", not the "
                + want.strip()
                + " the load file gives");
      }
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }

  /** Duplicates were refused already; here overlaps, gaps and numbers the matter holds. */
  private void checkNumbering(List<PlannedDocument> planned, HeldNumbers held) {
    List<PlannedDocument> sorted = new ArrayList<>(planned);
    sorted.sort(
        Comparator.comparing((PlannedDocument d) -> d.range().prefix())
            .thenComparingLong(d -> d.begin().counter()));
    PlannedDocument previous = null;
    for (PlannedDocument d : sorted) {
      if (previous != null && previous.range().prefix().equals(d.range().prefix())) {
        long after = previous.range().end().counter() + 1;
        if (d.begin().counter() < after) {
          problem(
              d.line(),
              Code.BATES_OVERLAP,
              d.begin().format(),
              "The record's "
                  + d.range().cite()
                  + " overlaps "
                  + previous.range().cite()
                  + " of line "
                  + previous.line());
        } else if (d.begin().counter() > after) {
          long missing = d.begin().counter() - after;
          problem(
              d.line(),
              Code.BATES_GAP,
              d.begin().format(),
              missing
                  + (missing == 1 ? " Bates number is" : " Bates numbers are")
                  + " missing between "
                  + previous.range().end()
                  + " (line "
                  + previous.line()
                  + ") and "
                  + d.begin());
        }
      }
      if (previous == null
          || d.range().end().counter() > previous.range().end().counter()
          || !previous.range().prefix().equals(d.range().prefix())) {
        previous = d;
      }
      held.heldBy(d.range())
          .ifPresent(
              by ->
                  problem(
                      d.line(),
                      Code.BATES_TAKEN,
                      d.begin().format(),
                      "The matter already holds numbers of "
                          + d.range().cite()
                          + ": "
                          + by
                          + "; a Bates number is never reused in a matter"));
    }
  }

  /** Gives each record its page images from the OPT, in the OPT's order. */
  private List<PlannedDocument> linkImages(List<PlannedDocument> planned, String datPath) {
    List<String> opts = withExtension(".opt");
    if (opts.isEmpty()) {
      return planned;
    }
    if (opts.size() > 1) {
      problem(
          0,
          Code.SEVERAL_LOAD_FILES,
          null,
          "The volume holds several OPT image load files (" + String.join(", ", opts) + ")");
      return planned;
    }
    String optPath = opts.get(0);
    named.add(optPath);
    OptFile opt = OptReader.read(files.get(optPath));
    String optName = leaf(optPath);
    for (LoadFileProblem p : opt.problems()) {
      problem(p.line(), Code.valueOf(p.code().name()), null, optName + ": " + p.message());
    }
    Map<PlannedDocument, List<String>> images = new LinkedHashMap<>();
    planned.forEach(d -> images.put(d, new ArrayList<>()));
    for (OptLine page : opt.lines()) {
      PlannedDocument owner = null;
      if (BatesNumber.isBatesNumber(page.imageKey())) {
        BatesNumber key = BatesNumber.parse(page.imageKey());
        owner = planned.stream().filter(d -> d.range().contains(key)).findFirst().orElse(null);
      }
      if (owner == null) {
        problem(
            page.line(),
            Code.IMAGE_WITHOUT_RECORD,
            page.imageKey(),
            optName
                + " line "
                + page.line()
                + ": the image "
                + page.imageKey()
                + " belongs to no record of "
                + leaf(datPath));
        find(optPath, page.path()).ifPresent(named::add);
        continue;
      }
      Optional<String> found = find(optPath, page.path());
      if (found.isEmpty()) {
        problem(
            page.line(),
            Code.MISSING_FILE,
            owner.begin().format(),
            optName
                + " line "
                + page.line()
                + " names the image '"
                + page.path()
                + "', which is not in the volume");
        continue;
      }
      named.add(found.get());
      if (!images.get(owner).contains(found.get())) {
        images.get(owner).add(found.get());
      }
    }
    List<PlannedDocument> out = new ArrayList<>();
    for (PlannedDocument d : planned) {
      List<String> paths = images.get(d);
      boolean pdfs = paths.stream().allMatch(p -> p.toLowerCase(Locale.ROOT).endsWith(".pdf"));
      if (!paths.isEmpty() && !pdfs && paths.size() != d.range().pageCount()) {
        problem(
            d.line(),
            Code.PAGE_COUNT,
            d.begin().format(),
            optName
                + " gives "
                + paths.size()
                + (paths.size() == 1 ? " page image" : " page images")
                + " for "
                + d.range().cite()
                + ", which numbers "
                + d.range().pageCount()
                + " pages");
      }
      out.add(d.with(d.parent(), paths));
    }
    return out;
  }

  /**
   * Families: each parent must be a record of the volume (else the document is imported on its own,
   * MISSING_PARENT), and no chain of parents may come back on itself. The result is in an order
   * that puts each parent before its attachments.
   */
  private List<PlannedDocument> checkFamilies(List<PlannedDocument> planned) {
    Map<BatesNumber, PlannedDocument> byBegin = new HashMap<>();
    planned.forEach(d -> byBegin.put(key(d.begin()), d));
    List<PlannedDocument> resolved = new ArrayList<>();
    for (PlannedDocument d : planned) {
      if (d.parent() != null && !byBegin.containsKey(key(d.parent()))) {
        problem(
            d.line(),
            Code.MISSING_PARENT,
            d.begin().format(),
            "The parent "
                + d.parent()
                + " of "
                + d.range().cite()
                + " is not a record of the volume; the document is imported on its own");
        d = withParent(d, null);
      }
      resolved.add(d);
    }
    byBegin.clear();
    resolved.forEach(d -> byBegin.put(key(d.begin()), d));
    List<PlannedDocument> ordered = new ArrayList<>();
    Set<PlannedDocument> placed = new HashSet<>();
    for (PlannedDocument d : resolved) {
      place(d, byBegin, placed, ordered, new HashSet<>());
    }
    return ordered;
  }

  private void place(
      PlannedDocument d,
      Map<BatesNumber, PlannedDocument> byBegin,
      Set<PlannedDocument> placed,
      List<PlannedDocument> ordered,
      Set<PlannedDocument> onTheWay) {
    if (placed.contains(d)) {
      return;
    }
    if (!onTheWay.add(d)) {
      problem(
          d.line(),
          Code.FAMILY_LOOP,
          d.begin().format(),
          "The parents of " + d.range().cite() + " lead back to it; a family cannot be a loop");
      placed.add(d);
      ordered.add(withParent(d, null));
      return;
    }
    if (d.parent() != null) {
      place(byBegin.get(key(d.parent())), byBegin, placed, ordered, onTheWay);
    }
    if (placed.add(d)) {
      ordered.add(d);
    }
  }

  private static PlannedDocument withParent(PlannedDocument d, BatesNumber parent) {
    return d.with(parent, d.imagePaths());
  }

  /** The same number whatever its padding: ROE0006 and ROE0000006 are one page. */
  private static BatesNumber key(BatesNumber n) {
    return BatesNumber.of(n.prefix(), n.counter(), 15);
  }

  private static String value(DatRecord r, FieldMapping mapping, ImportField field) {
    return mapping
        .column(field)
        .map(i -> i < r.values().size() ? r.values().get(i) : null)
        .map(String::strip)
        .orElse(null);
  }

  private static String blankToNull(String s) {
    return s == null || s.isBlank() ? null : s;
  }

  private List<String> withExtension(String extension) {
    return files.keySet().stream()
        .filter(p -> p.toLowerCase(Locale.ROOT).endsWith(extension))
        .sorted()
        .toList();
  }

  /** VOL001/DATA/VOL001.dat is the volume VOL001; a DAT elsewhere is named after itself. */
  static String volumeName(String datPath) {
    String[] parts = datPath.split("/");
    if (parts.length >= 3 && parts[parts.length - 2].equalsIgnoreCase("DATA")) {
      return parts[parts.length - 3];
    }
    String leaf = parts[parts.length - 1];
    int dot = leaf.lastIndexOf('.');
    return dot > 0 ? leaf.substring(0, dot) : leaf;
  }

  private static String leaf(String path) {
    return path.substring(path.lastIndexOf('/') + 1);
  }

  private void problem(int line, Code code, String bates, String message) {
    if (problems.size() >= MAX_PROBLEMS) {
      leftOut++;
      return;
    }
    problems.add(new VolumeProblem(line, code.name(), bates, message, code.blocking()));
  }

  private List<VolumeProblem> problems() {
    List<VolumeProblem> all = new ArrayList<>(problems);
    if (leftOut > 0) {
      all.add(
          new VolumeProblem(
              0, "MORE_PROBLEMS", null, leftOut + " more problems are not listed", false));
    }
    all.sort(Comparator.comparingInt(VolumeProblem::getLine));
    return all;
  }
}
