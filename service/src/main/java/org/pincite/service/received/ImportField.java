package org.pincite.service.received;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * The load-file fields Pincite reads a received record by, each with the names vendors give it
 * ("Beg Bates", "BegDoc", "Bates Begin" are all BEGBATES). A name is compared without case, spaces,
 * underscores, hyphens, dots or '#'.
 */
public enum ImportField {
  BEGBATES(
      "BEGBATES",
      "BEGDOC",
      "BEGINBATES",
      "BATESBEGIN",
      "BATESBEG",
      "BEGNO",
      "BEGINDOC",
      "STARTBATES",
      "BATESSTART",
      "PRODBEGBATES",
      "PRODBEG",
      "BEGPROD",
      "FIRSTBATES",
      "BEGBATESNO",
      "BEGINNINGBATES",
      "BATESNUMBER",
      "BATES",
      "CONTROLNUMBER"),
  ENDBATES(
      "ENDBATES",
      "ENDDOC",
      "BATESEND",
      "ENDNO",
      "STOPBATES",
      "PRODENDBATES",
      "PRODEND",
      "ENDPROD",
      "LASTBATES",
      "ENDBATESNO",
      "ENDINGBATES"),
  BEGATTACH(
      "BEGATTACH",
      "BEGATT",
      "BEGATTACHMENT",
      "ATTACHBEGIN",
      "ATTACHBEG",
      "BEGFAMILY",
      "FAMILYBEGIN",
      "FAMILYBEG",
      "PRODBEGATTACH",
      "BEGATTACHBATES",
      "BEGINATTACH",
      "BEGGROUP"),
  ENDATTACH(
      "ENDATTACH",
      "ENDATT",
      "ENDATTACHMENT",
      "ATTACHEND",
      "ENDFAMILY",
      "FAMILYEND",
      "PRODENDATTACH",
      "ENDATTACHBATES",
      "ENDGROUP"),
  PARENT_BATES("PARENTBATES", "PARENTBEGBATES", "PARENTID", "PARENTDOCID", "PARENTDOC", "PARENT"),
  CUSTODIAN("CUSTODIAN", "CUSTODIANS", "ALLCUSTODIANS", "CUSTODIANNAME", "DUPLICATECUSTODIAN"),
  FROM("FROM", "EMAILFROM", "SENDER"),
  TO("TO", "EMAILTO", "RECIPIENTS", "RECIPIENT"),
  CC("CC", "EMAILCC"),
  BCC("BCC", "EMAILBCC"),
  SUBJECT("SUBJECT", "EMAILSUBJECT"),
  DATESENT("DATESENT", "SENTDATE", "DATETIMESENT", "SENTON", "EMAILSENTDATE", "DATESENTTIME"),
  TITLE("TITLE", "DOCTITLE", "DOCUMENTTITLE"),
  AUTHOR("AUTHOR", "DOCAUTHOR", "CREATEDBY"),
  DOCDATE("DOCDATE", "DOCUMENTDATE", "DATECREATED", "CREATEDATE", "DATE"),
  PRODUCTION("PRODUCTION", "PRODUCTIONNAME", "PRODUCTIONVOLUME"),
  FILENAME("FILENAME", "ORIGINALFILENAME", "NATIVEFILENAME", "DOCNAME", "DOCUMENTNAME"),
  DOCTYPE("DOCTYPE", "DOCUMENTTYPE", "RECORDTYPE", "DOCCATEGORY"),
  PAGECOUNT("PAGECOUNT", "PAGES", "NUMPAGES", "PGCOUNT", "NUMBEROFPAGES", "IMAGECOUNT"),
  CONFIDENTIALITY(
      "CONFIDENTIALITY",
      "CONFIDENTIALITYDESIGNATION",
      "DESIGNATION",
      "CONFIDENTIAL",
      "CONFIDENTIALITYLEVEL",
      "ENDORSEMENT"),
  REDACTED("REDACTED", "REDACTIONS", "HASREDACTIONS", "REDACTION"),
  SHA256("SHA256", "SHA256HASH", "HASHSHA256"),
  MD5HASH("MD5HASH", "MD5", "HASHMD5", "MD5HASHVALUE"),
  TEXTPATH(
      "TEXTPATH",
      "TEXTLINK",
      "TEXTFILE",
      "TEXTFILEPATH",
      "EXTRACTEDTEXT",
      "OCRPATH",
      "FULLTEXT",
      "TEXT",
      "TXTPATH"),
  NATIVEPATH(
      "NATIVEPATH",
      "NATIVELINK",
      "NATIVEFILE",
      "NATIVEFILEPATH",
      "NATIVE",
      "FILEPATH",
      "DOCLINK",
      "NATIVEFILELINK");

  private final List<String> names;

  ImportField(String... names) {
    this.names = List.of(names);
  }

  /** The name as a load file writes it: {@code PARENT_BATES}, {@code BEGBATES}. */
  public String fieldName() {
    return name();
  }

  /** The field a load file's column of this name is, if Pincite knows it. */
  public static Optional<ImportField> byFileName(String column) {
    String key = key(column);
    return Arrays.stream(values()).filter(f -> f.names.contains(key)).findFirst();
  }

  /** One of our fields by its name ({@code "BEGBATES"}, any case), for an edited mapping. */
  public static Optional<ImportField> byName(String name) {
    if (name == null || name.isBlank()) {
      return Optional.empty();
    }
    String key = key(name);
    return Arrays.stream(values()).filter(f -> key(f.name()).equals(key)).findFirst();
  }

  /** Every field's name, for a message listing the choices. */
  public static String choices() {
    return Arrays.stream(values()).map(Enum::name).collect(Collectors.joining(", "));
  }

  static String key(String name) {
    return name == null ? "" : name.replaceAll("[\\s_\\-.#]", "").toUpperCase(Locale.ROOT);
  }
}
