package org.pincite.service.received;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.pincite.domain.received.MappedField;
import org.pincite.domain.shared.DomainRuleViolation;

/**
 * Which column of a received DAT is which of our fields: guessed from the header by name ({@link
 * ImportField#byFileName}), then as the team edited it (a column mapped to "" is kept only as the
 * load file's own field). Two columns cannot be the same field.
 */
public final class FieldMapping {
  private final List<String> header;
  private final Map<ImportField, Integer> columns;

  private FieldMapping(List<String> header, Map<ImportField, Integer> columns) {
    this.header = List.copyOf(header);
    this.columns = columns;
  }

  /**
   * The mapping of {@code header}: guessed, with {@code edited} (file column → our field name, ""
   * for none; may be null) over it. Refuses a column the header lacks, a field Pincite does not
   * know, and a field given to two columns.
   */
  public static FieldMapping of(List<String> header, Map<String, String> edited) {
    Map<ImportField, Integer> columns = new EnumMap<>(ImportField.class);
    ImportField[] chosen = new ImportField[header.size()];
    for (int i = 0; i < header.size(); i++) {
      chosen[i] = ImportField.byFileName(header.get(i)).orElse(null);
    }
    if (edited != null) {
      for (Map.Entry<String, String> e : edited.entrySet()) {
        int i = header.indexOf(e.getKey());
        if (i < 0) {
          throw new DomainRuleViolation(
              "The load file has no field '"
                  + e.getKey()
                  + "' to map; its fields are "
                  + String.join(", ", header));
        }
        String ours = e.getValue();
        if (ours == null || ours.isBlank()) {
          chosen[i] = null;
        } else {
          chosen[i] =
              ImportField.byName(ours)
                  .orElseThrow(
                      () ->
                          new DomainRuleViolation(
                              "'"
                                  + ours
                                  + "' (for '"
                                  + e.getKey()
                                  + "') is not a field Pincite reads; choose one of "
                                  + ImportField.choices()
                                  + ", or \"\" to keep it only as the load file's field"));
        }
      }
    }
    for (int i = 0; i < chosen.length; i++) {
      if (chosen[i] == null) {
        continue;
      }
      Integer before = columns.putIfAbsent(chosen[i], i);
      if (before != null) {
        if (edited != null
            && (edited.containsKey(header.get(i)) || edited.containsKey(header.get(before)))) {
          throw new DomainRuleViolation(
              "'"
                  + header.get(before)
                  + "' and '"
                  + header.get(i)
                  + "' are both mapped to "
                  + chosen[i]
                  + "; map one of them to another field or to none");
        }
        // Two columns a vendor named alike ("Custodian", "All Custodians"): the first one wins.
      }
    }
    return new FieldMapping(header, columns);
  }

  /** The column of {@code field}, if one is mapped to it. */
  public Optional<Integer> column(ImportField field) {
    return Optional.ofNullable(columns.get(field));
  }

  public boolean has(ImportField field) {
    return columns.containsKey(field);
  }

  /** The mapping to keep with the volume: every column of the header with its field (or none). */
  public List<MappedField> fields() {
    List<MappedField> out = new ArrayList<>();
    for (int i = 0; i < header.size(); i++) {
      final int column = i;
      String ours =
          columns.entrySet().stream()
              .filter(e -> e.getValue() == column)
              .map(e -> e.getKey().name())
              .findFirst()
              .orElse(null);
      out.add(new MappedField(header.get(i), ours));
    }
    return out;
  }
}
