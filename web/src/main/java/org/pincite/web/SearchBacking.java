package org.pincite.web;

import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import jakarta.faces.model.SelectItem;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import org.pincite.domain.annotation.Stance;
import org.pincite.domain.document.DocumentKind;
import org.pincite.domain.document.DocumentType;
import org.pincite.domain.shared.DomainRuleViolation;
import org.pincite.service.AnnotationService;
import org.pincite.service.ClaimService;
import org.pincite.service.MatterService;
import org.pincite.service.SearchService;
import org.pincite.service.command.PassageSelection;
import org.pincite.service.error.AccessDeniedException;
import org.pincite.service.error.MalformedQueryException;
import org.pincite.service.error.NotFoundException;
import org.pincite.service.search.DocumentHits;
import org.pincite.service.search.FacetCount;
import org.pincite.service.search.GroupedResults;
import org.pincite.service.search.MatterSearch;
import org.pincite.service.search.QuerySyntax;
import org.pincite.service.search.SearchFilters;
import org.pincite.service.search.SearchHit;
import org.pincite.service.search.Suggestion;
import org.pincite.service.view.AnnotationView;
import org.pincite.service.view.ClaimRow;
import org.pincite.service.view.MatterSummary;
import org.primefaces.model.FilterMeta;
import org.primefaces.model.LazyDataModel;
import org.primefaces.model.SortMeta;

/**
 * search.xhtml ({@code ?matter=…&q=…}): full-text search in one matter with filters and their
 * counts, hits that open the viewer at their page, and evidence suggestions for a claim that a
 * reviewer marks in one step.
 */
@Named
@ViewScoped
public class SearchBacking implements Serializable {
  private static final long serialVersionUID = 1L;

  /** Documents a page of hits; each shows its best pages under it. */
  static final int PAGE_SIZE = 10;

  static final int BEST_PAGES = 3;

  /** The most hits of one document shown when its "more" is opened. */
  static final int MORE_PAGES = 50;

  @Inject SearchService searchService;
  @Inject MatterService matterService;
  @Inject ClaimService claimService;
  @Inject AnnotationService annotationService;

  private Long matterId;
  private MatterSummary matter;
  private List<ClaimRow> claimRows;
  private String query;
  private String kind;
  private String type;
  private String year;
  private String from;
  private String to;
  private String sender;
  private String claim;
  private String stance;
  private String annotated;
  private Integer page;
  private SearchFilters filters = SearchFilters.none();
  private GroupedResults firstPage;
  private final Map<Long, List<SearchHit>> opened = new HashMap<>();
  private boolean searched;
  private final Hits hits = new Hits();

  private String suggestFor;
  private List<Suggestion> suggestions;
  private AnnotationView lastMarked;
  private String lastMarkedWhere;

  public void load() {
    if (matterId == null || matter != null) {
      return;
    }
    // The caption and the claims only: a matter's thousands of documents are not needed here.
    matter = matterService.summary(matterId);
    claimRows = claimService.tree(matterId);
    if (query != null && !query.isBlank()) {
      search();
    }
  }

  /** Runs the search with the words and filters as they stand now, from the first page of hits. */
  public void search() {
    firstPage = null;
    searched = false;
    try {
      filters = currentFilters();
      opened.clear();
      firstPage =
          searchService.searchByDocument(matterId, query, filters, 1, PAGE_SIZE, BEST_PAGES);
      searched = true;
    } catch (MalformedQueryException | IllegalArgumentException e) {
      message(FacesMessage.SEVERITY_ERROR, e.getMessage());
    }
  }

  /** The address of this search (words, filters, page): where a search or filter change lands. */
  private static final String AT_ITS_ADDRESS = "/search?faces-redirect=true&includeViewParams=true";

  /**
   * Runs the search as a visit to its own address, so that Back, reload and a shared link show the
   * same results: a new search starts on the first page of hits.
   */
  public String searchAtItsAddress() {
    page = null;
    return AT_ITS_ADDRESS;
  }

  /** Clears every filter and searches again (at the address without them). */
  public String clearFilters() {
    kind = type = year = from = to = sender = claim = stance = annotated = null;
    return searchAtItsAddress();
  }

  /** The page of hits the address asks for (1 when it names none). */
  public Integer getPage() {
    return page;
  }

  public void setPage(Integer page) {
    this.page = page == null || page < 2 ? null : page;
  }

  /** The first row of the hits table: the address's page of hits. */
  public int getFirst() {
    return page == null ? 0 : (page - 1) * PAGE_SIZE;
  }

  private SearchFilters currentFilters() {
    LocalDate fromDate = date("From", from);
    LocalDate toDate = date("To", to);
    if (year != null && !year.isBlank()) {
      int y = Integer.parseInt(year);
      fromDate = fromDate == null || fromDate.getYear() < y ? LocalDate.of(y, 1, 1) : fromDate;
      toDate = toDate == null || toDate.getYear() > y ? LocalDate.of(y, 12, 31) : toDate;
    }
    return new SearchFilters(
        blank(kind) ? null : DocumentKind.valueOf(kind),
        blank(type) ? null : DocumentType.valueOf(type),
        fromDate,
        toDate,
        blank(sender) ? null : sender,
        blank(claim) ? null : Long.valueOf(claim),
        blank(stance) ? null : Stance.valueOf(stance),
        blank(annotated) ? null : Boolean.valueOf(annotated));
  }

  private static LocalDate date(String name, String value) {
    if (blank(value)) {
      return null;
    }
    try {
      return LocalDate.parse(value.strip());
    } catch (DateTimeParseException e) {
      throw new IllegalArgumentException(
          name + " date '" + value + "' is not a date like 2018-02-01");
    }
  }

  private static boolean blank(String s) {
    return s == null || s.isBlank();
  }

  /** The hits grouped by document, fetched a page of documents at a time as the table pages. */
  public class Hits extends LazyDataModel<DocumentHits> {
    private static final long serialVersionUID = 1L;

    @Override
    public int count(Map<String, FilterMeta> filterBy) {
      return firstPage == null ? 0 : (int) Math.min(Integer.MAX_VALUE, firstPage.documentCount());
    }

    @Override
    public List<DocumentHits> load(
        int first, int pageSize, Map<String, SortMeta> sortBy, Map<String, FilterMeta> filterBy) {
      if (firstPage == null) {
        return List.of();
      }
      int page = first / Math.max(1, pageSize) + 1;
      if (page == 1 && pageSize == firstPage.pageSize()) {
        return firstPage.documents();
      }
      return searchService
          .searchByDocument(matterId, query, filters, page, pageSize, BEST_PAGES)
          .documents();
    }

    @Override
    public String getRowKey(DocumentHits document) {
      return String.valueOf(document.documentId());
    }
  }

  /** The hits shown under a document: its best ones, or all of them once its "more" is opened. */
  public List<SearchHit> shownHits(DocumentHits document) {
    return opened.getOrDefault(document.documentId(), document.best());
  }

  /** The hits of the document beyond those shown ("N more in this document"; 0 when none). */
  public long moreIn(DocumentHits document) {
    return Math.max(0, document.hitCount() - shownHits(document).size());
  }

  /** Shows under a document the rest of its hits (up to {@value #MORE_PAGES}). */
  public void openMore(long documentId) {
    try {
      opened.put(
          documentId,
          searchService.hitsInDocument(matterId, query, filters, documentId, MORE_PAGES));
    } catch (MalformedQueryException | IllegalArgumentException e) {
      message(FacesMessage.SEVERITY_ERROR, e.getMessage());
    }
  }

  /**
   * The words the viewer marks on the page it opens at: the ones searched for, not the excluded
   * ones.
   */
  public String getHighlightWords() {
    return String.join(" ", QuerySyntax.wantedTerms(query));
  }

  /** The choices of one filter: "Any", then each value found among the hits with its count. */
  public List<SelectItem> options(String facet) {
    List<SelectItem> items = new ArrayList<>();
    items.add(new SelectItem("", "Any"));
    String selected = selected(facet);
    boolean selectedListed = blank(selected);
    if (firstPage != null) {
      for (FacetCount c : firstPage.facets().getOrDefault(facet, List.of())) {
        items.add(new SelectItem(c.value(), c.label() + " (" + c.count() + ")"));
        selectedListed |= c.value().equals(selected);
      }
    }
    if (!selectedListed) {
      items.add(new SelectItem(selected, labelOf(facet, selected) + " (0)"));
    }
    return items;
  }

  private String selected(String facet) {
    return switch (facet) {
      case MatterSearch.FACET_KIND -> kind;
      case MatterSearch.FACET_TYPE -> type;
      case MatterSearch.FACET_YEAR -> year;
      case MatterSearch.FACET_SENDER -> sender;
      case MatterSearch.FACET_CLAIM -> claim;
      case MatterSearch.FACET_STANCE -> stance;
      case MatterSearch.FACET_ANNOTATED -> annotated;
      default -> null;
    };
  }

  private String labelOf(String facet, String value) {
    return switch (facet) {
      case MatterSearch.FACET_KIND -> DocumentKind.valueOf(value).label();
      case MatterSearch.FACET_TYPE -> DocumentType.valueOf(value).label();
      case MatterSearch.FACET_STANCE -> Stance.valueOf(value).label();
      case MatterSearch.FACET_ANNOTATED -> Boolean.parseBoolean(value) ? "Marked" : "Not marked";
      case MatterSearch.FACET_CLAIM ->
          getClaims().stream()
              .filter(c -> String.valueOf(c.getValue()).equals(value))
              .map(SelectItem::getLabel)
              .findFirst()
              .orElse("Claim " + value);
      default -> value;
    };
  }

  /** The matter's claims, indented by their place in the tree. */
  public List<SelectItem> getClaims() {
    List<SelectItem> items = new ArrayList<>();
    if (claimRows != null) {
      claimRows.forEach(
          c ->
              items.add(
                  new SelectItem(String.valueOf(c.id()), "\u2003".repeat(c.depth()) + c.label())));
    }
    return items;
  }

  /** Suggests pages as evidence for the chosen claim. */
  public void suggest() {
    suggestions = null;
    if (blank(suggestFor)) {
      message(FacesMessage.SEVERITY_WARN, "Choose the claim to find evidence for");
      return;
    }
    try {
      suggestions = searchService.suggestions(matterId, Long.parseLong(suggestFor), 10);
    } catch (NotFoundException e) {
      message(FacesMessage.SEVERITY_ERROR, e.getMessage());
    }
  }

  /**
   * Marks the suggestion's sentence for the chosen claim, with {@code stanceName}; the page then
   * leaves the list.
   */
  public void mark(Suggestion s, String stanceName) {
    Stance chosen = Stance.valueOf(stanceName);
    try {
      lastMarked =
          annotationService.mark(
              s.documentId(),
              new PassageSelection(s.page(), s.startOffset(), s.page(), s.endOffset(), s.quote()),
              chosen,
              List.of(Long.parseLong(suggestFor)),
              null);
      message(
          FacesMessage.SEVERITY_INFO,
          "Marked "
              + s.documentTitle()
              + " at "
              + s.page()
              + " as "
              + chosen.label().toLowerCase(Locale.ROOT)
              + " the claim");
      lastMarkedWhere = s.documentTitle() + " at " + s.page();
      suggestions = searchService.suggestions(matterId, Long.parseLong(suggestFor), 10);
    } catch (DomainRuleViolation | AccessDeniedException | NotFoundException e) {
      message(FacesMessage.SEVERITY_ERROR, e.getMessage());
    }
  }

  /** Takes back the last one-click mark (the passage is removed; its history is kept). */
  public void undoMark() {
    if (lastMarked == null) {
      return;
    }
    try {
      annotationService.remove(lastMarked.id());
      message(FacesMessage.SEVERITY_INFO, "Unmarked " + lastMarkedWhere);
      if (!blank(suggestFor)) {
        suggestions = searchService.suggestions(matterId, Long.parseLong(suggestFor), 10);
      }
    } catch (NotFoundException e) {
      message(FacesMessage.SEVERITY_WARN, "The passage had already been removed.");
    } catch (AccessDeniedException e) {
      message(FacesMessage.SEVERITY_ERROR, e.getMessage());
    }
    lastMarked = null;
  }

  /** Whether a one-click mark can be taken back. */
  public boolean isUndoable() {
    return lastMarked != null;
  }

  /** Whether the signed-in user may mark passages (not a viewer). */
  public boolean isMayMark() {
    return Caller.mayMark();
  }

  private static void message(FacesMessage.Severity severity, String text) {
    FacesContext.getCurrentInstance().addMessage(null, new FacesMessage(severity, text, null));
  }

  public Long getMatterId() {
    return matterId;
  }

  public void setMatterId(Long matterId) {
    this.matterId = matterId;
  }

  public MatterSummary getMatter() {
    return matter;
  }

  public String getQuery() {
    return query;
  }

  public void setQuery(String query) {
    this.query = query;
  }

  public Hits getHits() {
    return hits;
  }

  public boolean isSearched() {
    return searched;
  }

  public long getTotal() {
    return firstPage == null ? 0 : firstPage.total();
  }

  /** How many documents hold the hits. */
  public long getDocumentCount() {
    return firstPage == null ? 0 : firstPage.documentCount();
  }

  public String getKind() {
    return kind;
  }

  public void setKind(String kind) {
    this.kind = blank(kind) ? null : kind;
  }

  public String getType() {
    return type;
  }

  public void setType(String type) {
    this.type = blank(type) ? null : type;
  }

  public String getYear() {
    return year;
  }

  public void setYear(String year) {
    this.year = blank(year) ? null : year;
  }

  public String getFrom() {
    return from;
  }

  public void setFrom(String from) {
    this.from = blank(from) ? null : from;
  }

  public String getTo() {
    return to;
  }

  public void setTo(String to) {
    this.to = blank(to) ? null : to;
  }

  public String getSender() {
    return sender;
  }

  public void setSender(String sender) {
    this.sender = blank(sender) ? null : sender;
  }

  public String getClaim() {
    return claim;
  }

  public void setClaim(String claim) {
    this.claim = blank(claim) ? null : claim;
  }

  public String getStance() {
    return stance;
  }

  public void setStance(String stance) {
    this.stance = blank(stance) ? null : stance;
  }

  public String getAnnotated() {
    return annotated;
  }

  public void setAnnotated(String annotated) {
    this.annotated = blank(annotated) ? null : annotated;
  }

  public String getSuggestFor() {
    return suggestFor;
  }

  public void setSuggestFor(String suggestFor) {
    this.suggestFor = Objects.requireNonNullElse(suggestFor, "");
  }

  public List<Suggestion> getSuggestions() {
    return suggestions;
  }
}
