package org.pincite.domain.received;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.util.ArrayList;
import java.util.List;
import org.pincite.domain.document.Document;
import org.pincite.domain.shared.Require;

/**
 * One record of a received volume as it was imported: the document it became, the Bates numbers and
 * parent the load file gave it, its line, and every field of the record as the producing party
 * wrote it (the ones Pincite maps and the others alike).
 */
@Entity
@Table(name = "received_document")
public class ReceivedDocument {
  @Id
  @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "received_document_seq")
  @SequenceGenerator(
      name = "received_document_seq",
      sequenceName = "received_document_seq",
      allocationSize = 50)
  private Long id;

  @ManyToOne(fetch = FetchType.LAZY, optional = false)
  @JoinColumn(name = "import_id")
  private ReceivedVolume volume;

  @ManyToOne(fetch = FetchType.LAZY, optional = false)
  @JoinColumn(name = "document_id")
  private Document document;

  @Column(nullable = false)
  private int position;

  @Column(name = "line_number", nullable = false)
  private int line;

  @Column(name = "beg_bates", nullable = false, length = 200)
  private String begBates;

  @Column(name = "end_bates", nullable = false, length = 200)
  private String endBates;

  @Column(name = "parent_bates", length = 200)
  private String parentBates;

  @ElementCollection
  @CollectionTable(
      name = "received_document_field",
      joinColumns = @JoinColumn(name = "received_document_id"))
  @OrderColumn(name = "position")
  private List<LoadFileValue> fields = new ArrayList<>();

  protected ReceivedDocument() {}

  public ReceivedDocument(
      ReceivedVolume volume,
      Document document,
      int position,
      int line,
      String begBates,
      String endBates,
      String parentBates,
      List<LoadFileValue> fields) {
    this.volume = Require.present(volume, "Volume");
    this.document = Require.present(document, "Document");
    this.position = position;
    this.line = line;
    this.begBates = Require.text(begBates, "BEGBATES", 200);
    this.endBates = Require.text(endBates, "ENDBATES", 200);
    this.parentBates = Require.optionalText(parentBates, "Parent Bates", 200);
    this.fields.addAll(fields);
  }

  public Long getId() {
    return id;
  }

  public ReceivedVolume getVolume() {
    return volume;
  }

  public Document getDocument() {
    return document;
  }

  public int getPosition() {
    return position;
  }

  public int getLine() {
    return line;
  }

  public String getBegBates() {
    return begBates;
  }

  public String getEndBates() {
    return endBates;
  }

  public String getParentBates() {
    return parentBates;
  }

  public List<LoadFileValue> getFields() {
    return List.copyOf(fields);
  }
}
