package org.pincite.service.page;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Supplier;
import org.pincite.service.cite.PageLayout;

/**
 * The page furniture of recently viewed documents, so that the viewer, asking for one page at a
 * time, does not read every page of the document again for each. Keyed by document and version: a
 * document read again (new text) has a new version.
 */
@ApplicationScoped
public class PageLayouts {
  private static final int DOCUMENTS = 64;

  private final Map<String, PageLayout> recent =
      new LinkedHashMap<>(16, 0.75f, true) {
        private static final long serialVersionUID = 1L;

        @Override
        protected boolean removeEldestEntry(Map.Entry<String, PageLayout> eldest) {
          return size() > DOCUMENTS;
        }
      };

  /** The layout of document {@code id} at {@code version}, found by {@code find} once. */
  public PageLayout of(long id, long version, Supplier<PageLayout> find) {
    String key = id + ":" + version;
    synchronized (recent) {
      PageLayout known = recent.get(key);
      if (known != null) {
        return known;
      }
    }
    PageLayout found = find.get();
    synchronized (recent) {
      recent.put(key, found);
    }
    return found;
  }
}
