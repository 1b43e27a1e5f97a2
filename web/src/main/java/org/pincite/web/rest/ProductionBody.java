package org.pincite.web.rest;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.pincite.domain.shared.DomainRuleViolation;
import org.pincite.service.command.NewProduction;

/**
 * The body of POST /api/matters/{id}/productions (and .../productions/preview): {@code name},
 * {@code prefix}, {@code startNumber}, {@code padding}, {@code documentIds}, {@code endorsements}
 * ({@code {"<documentId>": "CONFIDENTIAL"}}), {@code withheld} ({@code [{documentId, privilege,
 * description}]}) and {@code images} ("tiff" or "pdf").
 */
public record ProductionBody(
    String name,
    String prefix,
    Long startNumber,
    Integer padding,
    List<Long> documentIds,
    Map<String, String> endorsements,
    List<NewProduction.Withheld> withheld,
    String images) {
  NewProduction command() {
    Map<Long, String> byId = new LinkedHashMap<>();
    if (endorsements != null) {
      endorsements.forEach(
          (key, value) -> {
            try {
              byId.put(Long.valueOf(key.strip()), value);
            } catch (NumberFormatException e) {
              throw new DomainRuleViolation(
                  "endorsements are keyed by document id; '" + key + "' is none");
            }
          });
    }
    return new NewProduction(
        name, prefix, startNumber, padding, documentIds, byId, withheld, images);
  }
}
