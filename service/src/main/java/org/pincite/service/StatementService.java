package org.pincite.service;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import org.pincite.domain.claim.Claim;
import org.pincite.domain.matter.Matter;
import org.pincite.domain.matter.Party;
import org.pincite.domain.user.Role;
import org.pincite.service.error.UnknownReportFormatException;
import org.pincite.service.report.ReportFile;
import org.pincite.service.report.ReportFormat;
import org.pincite.service.security.MatterAccess;
import org.pincite.service.statement.DocxStatementWriter;
import org.pincite.service.statement.PdfStatementWriter;
import org.pincite.service.statement.Statement;
import org.pincite.service.statement.StatementAssembler;
import org.pincite.service.statement.StatementKind;
import org.pincite.service.statement.StatementSide;

/**
 * The summary-judgment papers of a motion: the separate statement and the statement of material
 * facts, the moving party's and the opposing party's, as a preview model and as DOCX or PDF. Every
 * role may read and export.
 */
@Stateless
@RolesAllowed({Role.ADMIN_NAME, Role.ATTORNEY_NAME, Role.PARALEGAL_NAME, Role.VIEWER_NAME})
public class StatementService {
  @Inject MatterAccess access;
  @Inject StatementAssembler assembler;

  /**
   * The statement {@code movingPartyId} files on {@code claimIds} (none: every count and defence it
   * asserts), for the preview: it also holds what is not yet proven.
   */
  public Statement preview(
      long matterId, long movingPartyId, List<Long> claimIds, StatementKind kind, String side) {
    Matter matter = access.visibleMatter(matterId);
    Party moving = FactService.partyOf(matter, movingPartyId);
    List<Claim> atIssue =
        claimIds == null
            ? List.of()
            : claimIds.stream().map(id -> access.claimOf(matter, id)).toList();
    return assembler.assemble(matter, moving, atIssue, kind, StatementSide.parse(side));
  }

  public ReportFile file(
      long matterId,
      long movingPartyId,
      List<Long> claimIds,
      StatementKind kind,
      String side,
      String format) {
    ReportFormat f = ReportFormat.parse(format);
    if (f == ReportFormat.CSV) {
      throw new UnknownReportFormatException("Statements come as docx or pdf; there is no csv");
    }
    Statement statement = preview(matterId, movingPartyId, claimIds, kind, side);
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try {
      if (f == ReportFormat.DOCX) {
        new DocxStatementWriter().write(statement, out);
      } else {
        new PdfStatementWriter().write(statement, out);
      }
    } catch (IOException e) {
      throw new UncheckedIOException("The statement could not be written: " + e.getMessage(), e);
    }
    String what =
        (kind == StatementKind.SEPARATE_STATEMENT
                ? "separate statement"
                : "statement of material facts")
            + (statement.opposing() ? " (opposing)" : "");
    return new ReportFile(
        ReportFile.name(matter(statement), what, f), f.mediaType(), out.toByteArray());
  }

  private static String matter(Statement s) {
    return s.caption().docketNumber();
  }
}
