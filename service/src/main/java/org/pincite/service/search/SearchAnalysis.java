package org.pincite.service.search;

import org.hibernate.search.backend.elasticsearch.analysis.ElasticsearchAnalysisConfigurationContext;
import org.hibernate.search.backend.elasticsearch.analysis.ElasticsearchAnalysisConfigurer;
import org.hibernate.search.backend.lucene.analysis.LuceneAnalysisConfigurationContext;
import org.hibernate.search.backend.lucene.analysis.LuceneAnalysisConfigurer;

/**
 * The two analyzers, defined alike for both backends so that switching to Elasticsearch or
 * OpenSearch changes nothing but configuration: {@value #ENGLISH} (lower case, accents folded, stop
 * words dropped, Porter stemming) and {@value #CJK} (overlapping bigrams of Korean, Chinese and
 * Japanese characters, which finds a Korean word inside its inflected forms; Nori would need a
 * plugin on the Elasticsearch side). One class serves both backends: Hibernate Search asks for the
 * configurer type of the backend in use.
 */
public class SearchAnalysis implements LuceneAnalysisConfigurer, ElasticsearchAnalysisConfigurer {
  public static final String ENGLISH = "pincite_english";
  public static final String CJK = "pincite_cjk";

  @Override
  public void configure(LuceneAnalysisConfigurationContext context) {
    context
        .analyzer(ENGLISH)
        .custom()
        .tokenizer("standard")
        .tokenFilter("englishPossessive")
        .tokenFilter("lowercase")
        .tokenFilter("asciiFolding")
        .tokenFilter("stop")
        .tokenFilter("porterStem");
    context
        .analyzer(CJK)
        .custom()
        .tokenizer("standard")
        .tokenFilter("cjkWidth")
        .tokenFilter("lowercase")
        .tokenFilter("cjkBigram");
  }

  @Override
  public void configure(ElasticsearchAnalysisConfigurationContext context) {
    context
        .tokenFilter("pincite_possessive")
        .type("stemmer")
        .param("language", "possessive_english");
    context.tokenFilter("pincite_stop").type("stop").param("stopwords", "_english_");
    context
        .analyzer(ENGLISH)
        .custom()
        .tokenizer("standard")
        .tokenFilters(
            "pincite_possessive", "lowercase", "asciifolding", "pincite_stop", "porter_stem");
    context
        .analyzer(CJK)
        .custom()
        .tokenizer("standard")
        .tokenFilters("cjk_width", "lowercase", "cjk_bigram");
  }
}
