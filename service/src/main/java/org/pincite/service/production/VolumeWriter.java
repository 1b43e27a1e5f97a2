package org.pincite.service.production;

import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.FilterOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.DigestInputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.IntConsumer;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import javax.imageio.IIOImage;
import javax.imageio.ImageIO;
import javax.imageio.ImageWriteParam;
import javax.imageio.ImageWriter;
import javax.imageio.stream.ImageOutputStream;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.rendering.ImageType;
import org.apache.pdfbox.rendering.PDFRenderer;
import org.pincite.domain.bates.BatesRange;
import org.pincite.domain.production.ProducedAs;
import org.pincite.domain.production.VolumeImages;
import org.pincite.service.loadfile.DatWriter;
import org.pincite.service.loadfile.OptLine;
import org.pincite.service.loadfile.OptWriter;
import org.pincite.service.loadfile.VolumePath;
import org.pincite.service.render.RenderBudget;
import org.pincite.service.report.PrivilegeLogEntry;
import org.pincite.service.report.PrivilegeLogWriter;

/**
 * Writes a production's volume as one ZIP: {@code VOL001/DATA/VOL001.dat} and {@code VOL001.opt}
 * (through the load-file codec), {@code VOL001/IMAGES/001/…} (a single-page TIFF per page, or one
 * PDF per document), {@code VOL001/TEXT/<first Bates>.txt} (UTF-8, pages separated by form feeds),
 * {@code VOL001/NATIVES/<first Bates>.<ext>}, and beside the volume the privilege log as {@code
 * PRIVILEGE_LOG.csv} and {@code PRIVILEGE_LOG.docx}. Paths in the load files are relative to the
 * volume's folder, with backslashes ({@code .\IMAGES\001\ROE0000001.tif}).
 */
final class VolumeWriter {
  static final String VOLUME = "VOL001";
  static final List<String> DAT_FIELDS =
      List.of(
          "BEGBATES",
          "ENDBATES",
          "BEGATTACH",
          "ENDATTACH",
          "PARENT_BATES",
          "CUSTODIAN",
          "FROM",
          "TO",
          "CC",
          "BCC",
          "SUBJECT",
          "DATESENT",
          "TITLE",
          "AUTHOR",
          "DOCDATE",
          "FILENAME",
          "DOCTYPE",
          "PAGECOUNT",
          "CONFIDENTIALITY",
          "REDACTED",
          "WITHHELD",
          "SHA256",
          "MD5HASH",
          "TEXTPATH",
          "NATIVEPATH",
          "PRODUCTION");
  private static final DateTimeFormatter US_DATE = DateTimeFormatter.ofPattern("MM/dd/yyyy");
  private static final float TIFF_DPI = 200;
  private static final int IMAGES_PER_FOLDER = 1000;

  /** Where a run gets a document's original file (null when it has none in the store). */
  interface Originals {
    Path file(String sha256) throws IOException;
  }

  private final ProductionJob job;
  private final List<BatesRange> ranges;
  private final Originals originals;
  private final PageRedactions redactions;
  private final IntConsumer progress;
  private int imagesWritten;
  private int pagesDone;

  VolumeWriter(
      ProductionJob job,
      List<BatesRange> ranges,
      Originals originals,
      PageRedactions redactions,
      IntConsumer progress) {
    if (ranges.size() != job.documents().size()) {
      throw new IllegalArgumentException(
          ranges.size() + " ranges for " + job.documents().size() + " documents");
    }
    this.job = job;
    this.ranges = ranges;
    this.originals = originals;
    this.redactions = redactions;
    this.progress = progress;
  }

  /** How many pages a document has as produced (its slip sheet's one, else its images'). */
  static int producedPages(ProductionJob.Item item, Originals originals) throws IOException {
    try (PDDocument pages = DocumentImaging.image(item, fileOf(item, originals))) {
      return pages.getNumberOfPages();
    }
  }

  private static Path fileOf(ProductionJob.Item item, Originals originals) throws IOException {
    return item.producedAs() == ProducedAs.WITHHELD ? null : originals.file(item.sha256());
  }

  void write(OutputStream target) throws IOException {
    Map<Long, Integer> indexOf = new HashMap<>();
    for (int i = 0; i < job.documents().size(); i++) {
      indexOf.put(job.documents().get(i).documentId(), i);
    }
    try (ZipOutputStream zip = new ZipOutputStream(target, StandardCharsets.UTF_8)) {
      List<List<String>> rows = new ArrayList<>();
      List<OptLine> opt = new ArrayList<>();
      List<PrivilegeLogEntry> log = new ArrayList<>();
      for (int i = 0; i < job.documents().size(); i++) {
        ProductionJob.Item item = job.documents().get(i);
        BatesRange range = ranges.get(i);
        Written w = writeDocument(zip, item, range, opt);
        rows.add(datRow(item, range, w, family(i, indexOf)));
        if (item.producedAs() == ProducedAs.WITHHELD) {
          log.add(logEntry(item, range));
        }
      }
      zip.putNextEntry(new ZipEntry(VOLUME + "/DATA/" + VOLUME + ".dat"));
      DatWriter dat = new DatWriter(new Unclosed(zip), DAT_FIELDS);
      for (List<String> row : rows) {
        dat.write(row);
      }
      dat.close();
      zip.putNextEntry(new ZipEntry(VOLUME + "/DATA/" + VOLUME + ".opt"));
      OptWriter optWriter = new OptWriter(new Unclosed(zip));
      for (OptLine line : opt) {
        optWriter.write(line);
      }
      optWriter.close();
      zip.putNextEntry(new ZipEntry("PRIVILEGE_LOG.csv"));
      PrivilegeLogWriter.csv(log, new Unclosed(zip));
      zip.putNextEntry(new ZipEntry("PRIVILEGE_LOG.docx"));
      PrivilegeLogWriter.docx(job.name(), job.matterCaption(), log, new Unclosed(zip));
      zip.closeEntry();
    }
  }

  /**
   * The privilege-log rows of the production's withheld documents, with their slip sheets' numbers.
   */
  static List<PrivilegeLogEntry> privilegeLog(ProductionJob job, List<BatesRange> ranges) {
    List<PrivilegeLogEntry> log = new ArrayList<>();
    for (int i = 0; i < job.documents().size(); i++) {
      if (job.documents().get(i).producedAs() == ProducedAs.WITHHELD) {
        log.add(logEntry(job.documents().get(i), ranges.get(i)));
      }
    }
    return log;
  }

  private static PrivilegeLogEntry logEntry(ProductionJob.Item item, BatesRange range) {
    String date =
        item.sent() != null
            ? US_DATE.format(item.sent())
            : item.date() == null ? null : US_DATE.format(item.date());
    String author = item.from() != null ? item.from() : item.author();
    List<String> recipients = new ArrayList<>();
    if (item.to() != null && !item.to().isBlank()) {
      recipients.add(item.to().strip());
    }
    if (item.cc() != null && !item.cc().isBlank()) {
      recipients.add("Cc: " + item.cc().strip());
    }
    return new PrivilegeLogEntry(
        range.toString(),
        date,
        author,
        String.join("; ", recipients),
        item.privilege(),
        item.privilegeDescription());
  }

  private record Written(String textPath, String nativePath, boolean redacted, int pages) {}

  private record Family(String begAttach, String endAttach, String parentBates) {}

  /** An email with attachments (and each attachment) names the family's range and its parent. */
  private Family family(int i, Map<Long, Integer> indexOf) {
    ProductionJob.Item item = job.documents().get(i);
    Integer parent = item.parentDocumentId() == null ? null : indexOf.get(item.parentDocumentId());
    int root = i;
    while (job.documents().get(root).parentDocumentId() != null
        && indexOf.containsKey(job.documents().get(root).parentDocumentId())) {
      root = indexOf.get(job.documents().get(root).parentDocumentId());
    }
    int last = root;
    for (int k = root + 1; k < job.documents().size() && inFamily(k, root, indexOf); k++) {
      last = k;
    }
    String parentBates = parent == null ? "" : ranges.get(parent).begin().format();
    if (last == root) {
      return new Family("", "", parentBates);
    }
    return new Family(
        ranges.get(root).begin().format(), ranges.get(last).end().format(), parentBates);
  }

  private boolean inFamily(int k, int root, Map<Long, Integer> indexOf) {
    Integer at = k;
    while (at != null && at != root) {
      Long parent = job.documents().get(at).parentDocumentId();
      at = parent == null ? null : indexOf.get(parent);
    }
    return at != null;
  }

  private Written writeDocument(
      ZipOutputStream zip, ProductionJob.Item item, BatesRange range, List<OptLine> opt)
      throws IOException {
    Path file = fileOf(item, originals);
    boolean redacted = false;
    List<String> texts = new ArrayList<>();
    String first = range.begin().format();
    String imagePath = null;
    PageRedactions.Redacted redactedPages =
        item.producedAs() == ProducedAs.IMAGES
            ? redactions.of(item.documentId())
            : PageRedactions.Redacted.NONE;
    try (PDDocument pages = DocumentImaging.image(item, file);
        PageStamper stamped = new PageStamper()) {
      if (pages.getNumberOfPages() != range.pageCount()) {
        throw new IOException(
            "'"
                + item.title()
                + "' has "
                + pages.getNumberOfPages()
                + " pages now; it was numbered for "
                + range.pageCount());
      }
      PDDocument redactedText = null;
      try {
        for (int p = 0; p < pages.getNumberOfPages(); p++) {
          String bates = range.page(p + 1).format();
          Optional<PageRedactions.RedactedPage> r = redactedPages.page(p + 1);
          if (r.isPresent()) {
            redacted = true;
            BufferedImage image = r.get().image();
            if (image == null) {
              // No PDF: the redacted text set on the page, drawn as an image like a PDF's page.
              if (redactedText == null) {
                redactedText = DocumentImaging.redactedText(item, redactedPages, pages);
              }
              image =
                  RenderBudget.server()
                      .render(
                          redactedText,
                          new PDFRenderer(redactedText),
                          Math.min(p, redactedText.getNumberOfPages() - 1),
                          r.get().dpi(),
                          ImageType.RGB);
            }
            stamped.addImage(image, r.get().dpi(), bates, item.endorsement());
            texts.add(r.get().text());
          } else {
            stamped.addPage(pages, p, bates, item.endorsement());
            texts.add(pageText(item, p));
          }
        }
      } finally {
        if (redactedText != null) {
          redactedText.close();
        }
      }
      if (job.images() == VolumeImages.PDF) {
        imagePath = "IMAGES/" + folder() + "/" + first + ".pdf";
        zip.putNextEntry(new ZipEntry(VOLUME + "/" + imagePath));
        stamped.save(new Unclosed(zip));
        imagesWritten++;
      }
      PDFRenderer renderer = new PDFRenderer(stamped.document());
      for (int p = 0; p < stamped.pageCount(); p++) {
        String bates = range.page(p + 1).format();
        String path = imagePath;
        if (job.images() == VolumeImages.TIFF) {
          path = "IMAGES/" + folder() + "/" + bates + ".tif";
          BufferedImage image =
              RenderBudget.server()
                  .render(stamped.document(), renderer, p, TIFF_DPI, ImageType.BINARY);
          zip.putNextEntry(new ZipEntry(VOLUME + "/" + path));
          zip.write(tiff(image));
          imagesWritten++;
        }
        opt.add(
            p == 0
                ? OptLine.firstPage(bates, VOLUME, VolumePath.toLoadFile(path), range.pageCount())
                : OptLine.nextPage(bates, VOLUME, VolumePath.toLoadFile(path)));
        progress.accept(++pagesDone);
      }
    }
    if (item.producedAs() == ProducedAs.NATIVE) {
      texts = new ArrayList<>(item.pageTexts()); // the native's own text, not its slip sheet's
    }
    String textPath = "TEXT/" + first + ".txt";
    zip.putNextEntry(new ZipEntry(VOLUME + "/" + textPath));
    zip.write(String.join("\f", texts).getBytes(StandardCharsets.UTF_8));
    String nativePath = null;
    if (item.producedAs() == ProducedAs.NATIVE && file != null) {
      nativePath = "NATIVES/" + first + extension(item.fileName());
      zip.putNextEntry(new ZipEntry(VOLUME + "/" + nativePath));
      Files.copy(file, zip);
    }
    return new Written(textPath, nativePath, redacted, range.pageCount());
  }

  private String pageText(ProductionJob.Item item, int page) {
    if (item.producedAs() == ProducedAs.WITHHELD) {
      return ProducedAs.WITHHELD.slipSheet();
    }
    return page < item.pageTexts().size() ? item.pageTexts().get(page) : "";
  }

  /** Image folders of a thousand images each: 001, 002, … */
  private String folder() {
    return String.format(Locale.ROOT, "%03d", imagesWritten / IMAGES_PER_FOLDER + 1);
  }

  private List<String> datRow(ProductionJob.Item item, BatesRange range, Written w, Family family)
      throws IOException {
    boolean withheld = item.producedAs() == ProducedAs.WITHHELD;
    String[] hashes = withheld ? new String[] {"", ""} : hashes(item);
    List<String> row = new ArrayList<>();
    row.add(range.begin().format());
    row.add(range.end().format());
    row.add(family.begAttach());
    row.add(family.endAttach());
    row.add(family.parentBates());
    row.add(item.custodian());
    row.add(item.from());
    row.add(item.to());
    row.add(item.cc());
    row.add("");
    row.add(withheld ? "" : item.subject());
    row.add(item.sent() == null ? "" : US_DATE.format(item.sent()));
    row.add(withheld ? "" : item.title());
    row.add(item.author());
    row.add(item.date() == null ? "" : US_DATE.format(item.date()));
    row.add(withheld ? "" : item.fileName());
    row.add(item.type());
    row.add(Integer.toString(w.pages()));
    row.add(item.endorsement());
    row.add(w.redacted() ? "Y" : "N");
    row.add(withheld ? "Y" : "N");
    row.add(hashes[0]);
    row.add(hashes[1]);
    row.add(VolumePath.toLoadFile(w.textPath()));
    row.add(w.nativePath() == null ? "" : VolumePath.toLoadFile(w.nativePath()));
    row.add(job.name());
    return row;
  }

  /** The original's SHA-256 (as stored) and MD5 (read from the file). */
  private String[] hashes(ProductionJob.Item item) throws IOException {
    Path file = originals.file(item.sha256());
    if (file == null) {
      return new String[] {item.sha256(), ""};
    }
    try {
      MessageDigest md5 = MessageDigest.getInstance("MD5");
      try (InputStream in = new DigestInputStream(Files.newInputStream(file), md5)) {
        in.transferTo(OutputStream.nullOutputStream());
      }
      return new String[] {item.sha256(), HexFormat.of().formatHex(md5.digest())};
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("MD5 is part of every Java runtime", e);
    }
  }

  private static String extension(String fileName) {
    int dot = fileName == null ? -1 : fileName.lastIndexOf('.');
    String ext = dot < 0 ? "" : fileName.substring(dot).toLowerCase(Locale.ROOT);
    return ext.matches("\\.[a-z0-9]{1,8}") ? ext : "";
  }

  /** A single-page bilevel TIFF, CCITT Group 4, as productions send them. */
  private static byte[] tiff(BufferedImage image) throws IOException {
    ImageWriter writer = ImageIO.getImageWritersByFormatName("tiff").next();
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    try (ImageOutputStream out = ImageIO.createImageOutputStream(bytes)) {
      writer.setOutput(out);
      ImageWriteParam param = writer.getDefaultWriteParam();
      param.setCompressionMode(ImageWriteParam.MODE_EXPLICIT);
      param.setCompressionType("CCITT T.6");
      writer.write(null, new IIOImage(image, null, null), param);
    } finally {
      writer.dispose();
    }
    return bytes.toByteArray();
  }

  /** The ZIP's stream for one entry: the writers may close it, the ZIP stays open. */
  private static final class Unclosed extends FilterOutputStream {
    Unclosed(OutputStream out) {
      super(out);
    }

    @Override
    public void write(byte[] b, int off, int len) throws IOException {
      out.write(b, off, len);
    }

    @Override
    public void close() throws IOException {
      flush();
    }
  }
}
