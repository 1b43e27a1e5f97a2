package org.pincite.service.archive;

import jakarta.json.Json;
import jakarta.json.JsonException;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.io.IOException;
import java.io.InputStream;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

/**
 * Checks a matter archive before anything of it is believed: every entry against the manifest's
 * SHA-256 and size (none missing, none unlisted), every original against the hash it is filed
 * under, and every passage's quote against its page's text at its code point positions. Answers
 * each difference as a sentence naming what differs; none means the archive is whole.
 */
public final class ArchiveCheck {
  private ArchiveCheck() {}

  public static List<String> problems(InputStream archive) throws IOException {
    return problems(entries(archive));
  }

  /** The archive's entries by name. */
  public static Map<String, byte[]> entries(InputStream archive) throws IOException {
    Map<String, byte[]> entries = new LinkedHashMap<>();
    try (ZipInputStream zip = new ZipInputStream(archive, StandardCharsets.UTF_8)) {
      for (ZipEntry e; (e = zip.getNextEntry()) != null; ) {
        if (entries.put(e.getName(), zip.readAllBytes()) != null) {
          throw new IOException("The archive holds " + e.getName() + " twice");
        }
      }
    }
    return entries;
  }

  public static List<String> problems(Map<String, byte[]> entries) {
    List<String> problems = new ArrayList<>();
    JsonObject manifest = json(entries.get("manifest.json"), "manifest.json", problems);
    if (manifest == null) {
      return problems;
    }
    if (!MatterArchiveWriter.FORMAT.equals(manifest.getString("format", ""))) {
      problems.add(
          "manifest.json: the format is '"
              + manifest.getString("format", "")
              + "', not "
              + MatterArchiveWriter.FORMAT);
    }
    Map<String, JsonObject> listed = new HashMap<>();
    for (JsonObject file : manifest.getJsonArray("files").getValuesAs(JsonObject.class)) {
      listed.put(file.getString("path"), file);
    }
    for (Map.Entry<String, byte[]> entry : entries.entrySet()) {
      String path = entry.getKey();
      if (path.equals("manifest.json")) {
        continue;
      }
      JsonObject file = listed.remove(path);
      if (file == null) {
        problems.add(path + " is in the archive but not in its manifest");
        continue;
      }
      String actual = sha256(entry.getValue());
      if (!actual.equals(file.getString("sha256"))) {
        problems.add(
            path
                + ": its bytes hash to "
                + actual
                + ", the manifest says "
                + file.getString("sha256"));
      }
      if (path.startsWith("originals/") && !path.equals("originals/" + actual)) {
        problems.add(path + ": the original's bytes hash to " + actual + ", not its name");
      }
    }
    listed.keySet().stream()
        .sorted()
        .forEach(path -> problems.add(path + " is in the manifest but missing from the archive"));
    checkQuotes(entries, problems);
    return problems;
  }

  private static void checkQuotes(Map<String, byte[]> entries, List<String> problems) {
    JsonObject matter = json(entries.get("matter.json"), "matter.json", problems);
    JsonObject collection = json(entries.get("annotations.jsonld"), "annotations.jsonld", problems);
    if (matter == null || collection == null) {
      return;
    }
    Map<String, String> documentBySha = new HashMap<>();
    for (JsonObject d : matter.getJsonArray("documents").getValuesAs(JsonObject.class)) {
      documentBySha.putIfAbsent(d.getString("sha256"), d.get("id").toString());
    }
    // Two documents may hold the same original (an attachment twice): the passage says which.
    Map<String, String> documentByPassage = new HashMap<>();
    java.util.Set<String> orphans = new java.util.HashSet<>();
    if (matter.containsKey("passages")) {
      for (JsonObject p : matter.getJsonArray("passages").getValuesAs(JsonObject.class)) {
        documentByPassage.put(p.getString("id"), p.get("documentId").toString());
        if (p.getBoolean("orphaned", false)) {
          orphans.add(p.getString("id"));
        }
      }
    }
    for (JsonObject a :
        collection.getJsonObject("first").getJsonArray("items").getValuesAs(JsonObject.class)) {
      String id = a.getString("id");
      JsonObject target = a.getJsonObject("target");
      String sha = target.getString("source").replaceFirst("^urn:sha256:", "");
      String document = documentByPassage.getOrDefault(id, documentBySha.get(sha));
      if (document == null) {
        problems.add(id + ": its target " + target.getString("source") + " is no document here");
        continue;
      }
      JsonObject byQuote = target.getJsonArray("selector").getJsonObject(0);
      if (target.getJsonArray("selector").size() < 2) {
        if (!orphans.contains(id)) {
          problems.add(id + ": it has no TextPositionSelector and is not an orphaned passage");
        }
        continue; // orphaned: its words are in no page of the text any more
      }
      JsonObject byPosition = target.getJsonArray("selector").getJsonObject(1);
      int page = Integer.parseInt(byQuote.getString("value").substring("page=".length()));
      String exact = byQuote.getJsonObject("refinedBy").getString("exact");
      JsonObject position = byPosition.getJsonObject("refinedBy");
      String text = pagesFrom(entries, document, page);
      try {
        String words =
            text.substring(
                CodePoints.toUtf16(text, position.getInt("start")),
                CodePoints.toUtf16(text, position.getInt("end")));
        if (!words.equals(exact)) {
          problems.add(
              id
                  + ": the quote '"
                  + exact
                  + "' differs from page "
                  + page
                  + " of document "
                  + document
                  + " at code points "
                  + position.getInt("start")
                  + "–"
                  + position.getInt("end")
                  + ", which read '"
                  + words
                  + "'");
        }
      } catch (IllegalArgumentException e) {
        problems.add(
            id + ": " + e.getMessage() + " (page " + page + " of document " + document + ")");
      }
    }
  }

  /** Page {@code from} and the ones after it, joined as a cross-page quote joins them. */
  private static String pagesFrom(Map<String, byte[]> entries, String document, int from) {
    StringBuilder joined = new StringBuilder();
    for (int n = from; entries.containsKey("pages/" + document + "/" + n + ".txt"); n++) {
      if (joined.length() > 0 && joined.charAt(joined.length() - 1) != '\n') {
        joined.append('\n');
      }
      joined.append(
          new String(entries.get("pages/" + document + "/" + n + ".txt"), StandardCharsets.UTF_8));
    }
    return joined.toString();
  }

  private static JsonObject json(byte[] content, String name, List<String> problems) {
    if (content == null) {
      problems.add(name + " is missing: this is not a Pincite matter archive");
      return null;
    }
    try {
      JsonValue value =
          Json.createReader(new StringReader(new String(content, StandardCharsets.UTF_8)))
              .readValue();
      return value.asJsonObject();
    } catch (JsonException | ClassCastException e) {
      problems.add(name + " is not a JSON object: " + e.getMessage());
      return null;
    }
  }

  private static String sha256(byte[] content) {
    try {
      return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(content));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("Every Java runtime has SHA-256", e);
    }
  }
}
