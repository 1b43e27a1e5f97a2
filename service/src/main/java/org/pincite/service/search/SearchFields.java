package org.pincite.service.search;

import java.time.LocalDate;
import java.util.List;
import org.hibernate.search.engine.backend.document.IndexFieldReference;
import org.hibernate.search.engine.backend.document.model.dsl.IndexSchemaElement;
import org.hibernate.search.engine.backend.types.Aggregable;
import org.hibernate.search.engine.backend.types.Highlightable;
import org.hibernate.search.engine.backend.types.Projectable;
import org.hibernate.search.engine.backend.types.Searchable;
import org.hibernate.search.engine.backend.types.Sortable;

/**
 * The one index layout that pages and passage notes share, so that one query, one set of filters
 * and one snippet projection cover both (a search over two indexes needs fields of the same name
 * and type in each). Both bridges declare it through {@link #declare}.
 */
final class SearchFields {
  /** The words, analysed as English (stemmed, stop words dropped). */
  static final String TEXT = "text";

  /** The same words as CJK bigrams, so that Korean is found by its words. */
  static final String TEXT_CJK = "text_cjk";

  /** An email's headers (From, To, Cc, Subject), on the email's first page only. */
  static final String HEADERS = "headers";

  static final String HEADERS_CJK = "headers_cjk";

  static final String SOURCE = "source";
  static final String MATTER_ID = "matterId";
  static final String DOCUMENT_ID = "documentId";
  static final String DOCUMENT_TITLE = "documentTitle";
  static final String PAGE_NUMBER = "pageNumber";
  static final String ANNOTATION_ID = "annotationId";
  static final String KIND = "kind";
  static final String TYPE = "type";
  static final String DATE = "date";
  static final String YEAR = "year";
  static final String SENDER = "sender";
  static final String ANNOTATED = "annotated";
  static final String CLAIM_IDS = "claimIds";
  static final String STANCES = "stances";

  /** "claimId:STANCE" pairs, so that "refutes claim 7" is not met by "supports 7, refutes 8". */
  static final String CLAIM_STANCES = "claimStances";

  /** What a hit is: a page of a document, or the note of a marked passage. */
  static final String SOURCE_PAGE = "PAGE";

  static final String SOURCE_NOTE = "NOTE";

  static final List<String> FULL_TEXT = List.of(TEXT, TEXT_CJK, HEADERS, HEADERS_CJK);

  final IndexFieldReference<String> text;
  final IndexFieldReference<String> textCjk;
  final IndexFieldReference<String> headers;
  final IndexFieldReference<String> headersCjk;
  final IndexFieldReference<String> source;
  final IndexFieldReference<Long> matterId;
  final IndexFieldReference<Long> documentId;
  final IndexFieldReference<String> documentTitle;
  final IndexFieldReference<Integer> pageNumber;
  final IndexFieldReference<Long> annotationId;
  final IndexFieldReference<String> kind;
  final IndexFieldReference<String> type;
  final IndexFieldReference<LocalDate> date;
  final IndexFieldReference<Integer> year;
  final IndexFieldReference<String> sender;
  final IndexFieldReference<Boolean> annotated;
  final IndexFieldReference<Long> claimIds;
  final IndexFieldReference<String> stances;
  final IndexFieldReference<String> claimStances;

  private SearchFields(IndexSchemaElement schema) {
    text = highlightedText(schema, TEXT, SearchAnalysis.ENGLISH);
    textCjk = highlightedText(schema, TEXT_CJK, SearchAnalysis.CJK);
    headers = highlightedText(schema, HEADERS, SearchAnalysis.ENGLISH);
    headersCjk = highlightedText(schema, HEADERS_CJK, SearchAnalysis.CJK);
    source = schema.field(SOURCE, f -> f.asString().projectable(Projectable.YES)).toReference();
    matterId = schema.field(MATTER_ID, f -> f.asLong()).toReference();
    documentId =
        schema
            .field(DOCUMENT_ID, f -> f.asLong().projectable(Projectable.YES).sortable(Sortable.YES))
            .toReference();
    documentTitle =
        schema
            .field(
                DOCUMENT_TITLE,
                f -> f.asString().projectable(Projectable.YES).searchable(Searchable.NO))
            .toReference();
    pageNumber =
        schema
            .field(
                PAGE_NUMBER, f -> f.asInteger().projectable(Projectable.YES).sortable(Sortable.YES))
            .toReference();
    annotationId =
        schema.field(ANNOTATION_ID, f -> f.asLong().projectable(Projectable.YES)).toReference();
    kind = schema.field(KIND, f -> f.asString().aggregable(Aggregable.YES)).toReference();
    type = schema.field(TYPE, f -> f.asString().aggregable(Aggregable.YES)).toReference();
    date =
        schema
            .field(DATE, f -> f.asLocalDate().projectable(Projectable.YES).sortable(Sortable.YES))
            .toReference();
    year = schema.field(YEAR, f -> f.asInteger().aggregable(Aggregable.YES)).toReference();
    sender = schema.field(SENDER, f -> f.asString().aggregable(Aggregable.YES)).toReference();
    annotated =
        schema.field(ANNOTATED, f -> f.asBoolean().aggregable(Aggregable.YES)).toReference();
    claimIds =
        schema
            .field(CLAIM_IDS, f -> f.asLong().aggregable(Aggregable.YES))
            .multiValued()
            .toReference();
    stances =
        schema
            .field(STANCES, f -> f.asString().aggregable(Aggregable.YES))
            .multiValued()
            .toReference();
    claimStances = schema.field(CLAIM_STANCES, f -> f.asString()).multiValued().toReference();
  }

  /** Stored (projectable) because the highlighter cuts its snippets from the stored text. */
  private static IndexFieldReference<String> highlightedText(
      IndexSchemaElement schema, String name, String analyzer) {
    return schema
        .field(
            name,
            f ->
                f.asString()
                    .analyzer(analyzer)
                    .projectable(Projectable.YES)
                    .highlightable(List.of(Highlightable.PLAIN, Highlightable.UNIFIED)))
        .toReference();
  }

  static SearchFields declare(IndexSchemaElement schema) {
    return new SearchFields(schema);
  }
}
