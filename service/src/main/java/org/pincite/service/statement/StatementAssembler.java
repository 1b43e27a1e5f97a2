package org.pincite.service.statement;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.pincite.domain.annotation.Stance;
import org.pincite.domain.claim.Claim;
import org.pincite.domain.claim.ClaimRepository;
import org.pincite.domain.document.DocumentRepository;
import org.pincite.domain.fact.Fact;
import org.pincite.domain.fact.FactDate;
import org.pincite.domain.fact.FactRepository;
import org.pincite.domain.fact.FactStatus;
import org.pincite.domain.fact.SourceRole;
import org.pincite.domain.matter.Matter;
import org.pincite.domain.matter.Party;
import org.pincite.domain.matter.PartyRole;
import org.pincite.service.report.PassageCites;
import org.pincite.service.transcript.LineCites;

/**
 * Builds a {@link Statement} for a motion from the matter's facts. It checks no access: {@code
 * StatementService} does, then calls this.
 *
 * <p>Under each claim at issue stand the material facts that bear on it or on its elements the way
 * the moving party needs: supporting its own counts or defences, refuting the other side's. A fact
 * nobody has decided on (status unsure) is left out and counted for the preview. Facts run by date
 * (undated last), then by their number; statement numbers run consecutively across issues, and a
 * fact under a second issue is repeated with the number it first got.
 */
@ApplicationScoped
public class StatementAssembler {
  private ClaimRepository claims;
  private FactRepository facts;
  private DocumentRepository documents;
  private MotionReview review;

  /** Names transcripts in page:line cites ("Roe Dep. 3:25–4:2"); without it, by their title. */
  @Inject LineCites lineCites;

  protected StatementAssembler() {}

  @Inject
  public StatementAssembler(
      ClaimRepository claims,
      FactRepository facts,
      DocumentRepository documents,
      MotionReview review) {
    this.claims = claims;
    this.facts = facts;
    this.documents = documents;
    this.review = review;
  }

  private static final Comparator<Fact> FACT_ORDER =
      Comparator.comparing(Fact::getDate, FactDate.CHRONOLOGICAL).thenComparingInt(Fact::getNumber);

  /**
   * The statement {@code moving} files on {@code atIssue} (claims of {@code matter}; none: every
   * count and defence it asserts).
   */
  public Statement assemble(
      Matter matter, Party moving, List<Claim> atIssue, StatementKind kind, StatementSide side) {
    List<Claim> all = claims.findAllOfMatter(matter.getId());
    List<Claim> issues =
        atIssue == null || atIssue.isEmpty()
            ? all.stream()
                .filter(c -> c.getParent().isEmpty() && c.getAssertedBy().equals(moving))
                .sorted(Comparator.comparingInt(Claim::getPosition).thenComparing(Claim::getId))
                .toList()
            : atIssue;
    List<Fact> matterFacts = new ArrayList<>(facts.findByMatter(matter.getId()));
    matterFacts.sort(FACT_ORDER);
    PassageCites cites = new PassageCites(documents, lineCites);
    Map<Long, Integer> numbers = new HashMap<>();
    Set<Long> undecided = new HashSet<>();
    List<StatementIssue> out = new ArrayList<>();
    for (Claim claim : issues) {
      Stance needed = claim.getAssertedBy().equals(moving) ? Stance.SUPPORTS : Stance.REFUTES;
      List<Claim> tree = claim.selfAndDescendants();
      List<StatementFact> under = new ArrayList<>();
      for (Fact f : matterFacts) {
        if (!f.isMaterial() || tree.stream().noneMatch(c -> f.stanceOn(c).orElse(null) == needed)) {
          continue;
        }
        if (f.getStatus() == FactStatus.UNSURE) {
          undecided.add(f.getId());
          continue;
        }
        int number = numbers.computeIfAbsent(f.getId(), id -> numbers.size() + 1);
        under.add(
            new StatementFact(
                number,
                f.getId(),
                f.getText(),
                cited(f, SourceRole.SUPPORTS, cites),
                side == StatementSide.OPPOSING
                    ? (f.getStatus().isDisputed() ? "Disputed." : "Undisputed.")
                    : null,
                side == StatementSide.OPPOSING ? cited(f, SourceRole.DISPUTES, cites) : List.of()));
      }
      out.add(new StatementIssue(out.size() + 1, claim.getId(), issueText(claim), under));
    }
    return new Statement(
        kind,
        side,
        caption(matter, moving, kind, side),
        out,
        review.unproven(matter, moving),
        undecided.size());
  }

  private static List<String> cited(Fact f, SourceRole role, PassageCites cites) {
    return f.passages(role).stream().map(cites::of).toList();
  }

  /** The claim in the notice's words: its full text, else its label. */
  static String issueText(Claim c) {
    return c.getText() != null && !c.getText().isBlank() ? c.getText().strip() : c.getLabel();
  }

  static StatementCaption caption(
      Matter matter, Party moving, StatementKind kind, StatementSide side) {
    List<String> plaintiffs = names(matter, PartyRole.PLAINTIFF);
    List<String> defendants = names(matter, PartyRole.DEFENDANT);
    String movingName = designation(moving.getRole(), List.of(moving.getName()));
    PartyRole otherRole =
        moving.getRole() == PartyRole.PLAINTIFF ? PartyRole.DEFENDANT : PartyRole.PLAINTIFF;
    List<String> others = otherRole == PartyRole.PLAINTIFF ? plaintiffs : defendants;
    String opposingName = designation(otherRole, others);
    boolean california = kind == StatementKind.SEPARATE_STATEMENT;
    // California moves for summary judgment or adjudication (Code Civ. Proc. § 437c); a federal
    // court for summary judgment (Fed. R. Civ. P. 56), in New York under Local Civil Rule 56.1.
    String motion =
        california
            ? "MOTION FOR SUMMARY JUDGMENT OR, IN THE ALTERNATIVE, SUMMARY ADJUDICATION"
            : "MOTION FOR SUMMARY JUDGMENT";
    String paper =
        california
            ? "SEPARATE STATEMENT OF UNDISPUTED MATERIAL FACTS"
            : "STATEMENT OF UNDISPUTED MATERIAL FACTS" + localRule(matter.getCourt());
    String title =
        side == StatementSide.MOVING
            ? paper + " IN SUPPORT OF " + possessive(movingName) + " " + motion
            : possessive(opposingName)
                + (kind == StatementKind.SEPARATE_STATEMENT
                    ? " RESPONSE TO "
                    : " COUNTERSTATEMENT TO ")
                + possessive(movingName)
                + " "
                + paper
                + " IN SUPPORT OF "
                + motion;
    return new StatementCaption(
        matter.getCourt(),
        matter.getCaption(),
        matter.getDocketNumber(),
        plaintiffs,
        defendants,
        movingName,
        opposingName,
        title);
  }

  /** " PURSUANT TO LOCAL CIVIL RULE 56.1" before the courts whose rule it is; else nothing. */
  static String localRule(String court) {
    String c = court == null ? "" : court.toUpperCase(Locale.ROOT);
    return c.contains("SOUTHERN DISTRICT OF NEW YORK") || c.contains("EASTERN DISTRICT OF NEW YORK")
        ? " PURSUANT TO LOCAL CIVIL RULE 56.1"
        : "";
  }

  private static List<String> names(Matter matter, PartyRole role) {
    return matter.getParties().stream()
        .filter(p -> p.getRole() == role)
        .map(Party::getName)
        .toList();
  }

  /** "Plaintiff Elon Musk", "Defendants" (several), "Defendant OpenAI, Inc.". */
  static String designation(PartyRole role, List<String> names) {
    return names.size() == 1 ? role.label() + " " + names.get(0) : role.label() + "s";
  }

  /** "PLAINTIFF ELON MUSK\u2019S", "DEFENDANTS\u2019". */
  static String possessive(String name) {
    String upper = name.toUpperCase(Locale.ROOT);
    return upper.endsWith("S") ? upper + "\u2019" : upper + "\u2019S";
  }
}
