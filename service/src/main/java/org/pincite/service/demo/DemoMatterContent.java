package org.pincite.service.demo;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.GregorianCalendar;
import java.util.List;
import java.util.TimeZone;
import java.util.regex.Pattern;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentInformation;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;
import org.pincite.domain.claim.Claim;
import org.pincite.domain.claim.ClaimKind;
import org.pincite.domain.matter.Matter;
import org.pincite.domain.matter.Party;
import org.pincite.domain.matter.PartyRole;

/**
 * The content of the demo matter, Musk v. Altman et al.: the matter and its parties, the claims
 * tree of both sides, an illustrative complaint and four illustrative emails. A new user sees a
 * real-looking case on first start instead of an empty screen, and the pin-cite, claim-chart and
 * email features have something to work on. Every document is a reconstruction written for Pincite
 * and says so on its face; none is a copy of a real filing or email.
 */
public final class DemoMatterContent {
  public static final String CAPTION = "Musk v. Altman et al.";
  public static final String COURT = "Superior Court of California, County of San Francisco";
  public static final String DOCKET_NUMBER = "CGC-24-612746";
  public static final LocalDate FILED_ON = LocalDate.of(2024, 2, 29);

  public static final String PLAINTIFF = "Elon Musk";
  public static final String OPENAI = "OpenAI, Inc.";

  /** Printed on the complaint's first page, in one line. */
  public static final String COMPLAINT_NOTICE =
      "ILLUSTRATIVE RECONSTRUCTION FOR THE PINCITE DEMO \u2014 NOT A COPY OF THE FILED COMPLAINT";

  /** The first line of every demo email's body. */
  public static final String EMAIL_NOTICE =
      "[Illustrative reconstruction for the Pincite demo \u2014 not a copy of a real email.]";

  /** The demo emails, oldest first; resources next to this class. */
  public static final List<String> EMAIL_FILES =
      List.of(
          "2015-12-founding.eml",
          "2016-01-open-sourcing.eml",
          "2017-09-structure.eml",
          "2018-02-tesla.eml");

  private DemoMatterContent() {}

  /** The matter with its plaintiff and defendants, not yet stored. */
  public static Matter matter() {
    Matter matter = new Matter(CAPTION, COURT, DOCKET_NUMBER, FILED_ON);
    matter.addParty(PLAINTIFF, PartyRole.PLAINTIFF);
    matter.addParty("Samuel Altman", PartyRole.DEFENDANT);
    matter.addParty("Gregory Brockman", PartyRole.DEFENDANT);
    matter.addParty(OPENAI, PartyRole.DEFENDANT);
    matter.addParty("OpenAI, L.P.", PartyRole.DEFENDANT);
    matter.addParty("OpenAI OpCo, LLC", PartyRole.DEFENDANT);
    return matter;
  }

  /**
   * The top-level claims of {@code matter} (which must have the parties of {@link #matter()}): the
   * five counts Musk asserts, then the four defences OpenAI, Inc. asserts, each with its elements
   * or allegations below it.
   */
  public static List<Claim> claims(Matter matter) {
    Party musk = party(matter, PLAINTIFF);
    Party openAi = party(matter, OPENAI);
    List<Claim> claims = new ArrayList<>();

    Claim contract =
        count(
            claims,
            musk,
            "Breach of contract (the Founding Agreement)",
            "Defendants agreed with Musk in 2015 that OpenAI would be a non-profit developing AGI for"
                + " the benefit of humanity and would make its technology freely available, and then"
                + " broke that agreement.");
    contract.addChild(
        ClaimKind.ELEMENT,
        "A contract existed",
        "Musk, Altman and Brockman made a binding Founding Agreement in 2015: OpenAI would be a"
            + " non-profit, would open its technology to the public, and would not be run for anyone's"
            + " private gain.");
    contract.addChild(
        ClaimKind.ELEMENT,
        "Plaintiff performed",
        "Musk did his part, contributing about $44 million between 2016 and 2020 together with his"
            + " time, his reputation and his help in recruiting.");
    contract.addChild(
        ClaimKind.ELEMENT,
        "Defendants breached",
        "Defendants broke the agreement by creating a for-profit arm, granting Microsoft an exclusive"
            + " licence to closed technology, and keeping the design of GPT-4 secret.");
    contract.addChild(
        ClaimKind.ELEMENT,
        "Damages",
        "Musk was harmed: the money and effort he gave now serve purposes he never agreed to fund.");

    Claim estoppel =
        count(
            claims,
            musk,
            "Promissory estoppel",
            "Even without a contract, Defendants' promises of a non-profit, open OpenAI induced Musk to"
                + " contribute, and justice requires that the promises be enforced.");
    estoppel.addChild(
        ClaimKind.ELEMENT,
        "A clear and unambiguous promise",
        "Defendants promised that OpenAI would remain a non-profit and make its technology freely"
            + " available to the public.");
    estoppel.addChild(
        ClaimKind.ELEMENT,
        "Reasonable and foreseeable reliance",
        "Musk relied on that promise when he contributed money and effort, as Defendants meant him"
            + " to.");
    estoppel.addChild(
        ClaimKind.ELEMENT,
        "Injury caused by the reliance",
        "Relying on the promise cost Musk about $44 million, now put to private profit.");

    Claim fiduciary =
        count(
            claims,
            musk,
            "Breach of fiduciary duty",
            "Defendants held Musk's contributions for a charitable purpose and owed him a duty to use"
                + " them for it; they used them instead to build a for-profit business.");
    fiduciary.addChild(
        ClaimKind.ELEMENT,
        "A fiduciary duty existed",
        "As stewards of funds given for a stated charitable purpose, Defendants owed Musk a duty to"
            + " apply his contributions to that purpose.");
    fiduciary.addChild(
        ClaimKind.ELEMENT,
        "The duty was breached",
        "Defendants used the non-profit's money, research and staff to build a for-profit business"
            + " aligned with Microsoft.");
    fiduciary.addChild(
        ClaimKind.ELEMENT,
        "Harm caused by the breach",
        "Musk's contributions were diverted from the purpose for which he gave them.");

    Claim unfair =
        count(
            claims,
            musk,
            "Unfair business practices (Cal. Bus. & Prof. Code \u00a7 17200)",
            "Raising donations as an open non-profit and then using them to build closed, for-profit"
                + " technology is an unlawful, unfair or fraudulent business practice.");
    unfair.addChild(
        ClaimKind.ELEMENT,
        "An unlawful, unfair or fraudulent business practice",
        "Defendants solicited contributions by promising a non-profit, open OpenAI and then used"
            + " them for closed, commercial ends.");
    unfair.addChild(
        ClaimKind.ELEMENT,
        "Plaintiff lost money or property",
        "Musk lost money, his contributions, as a result of the practice.");
    unfair.addChild(
        ClaimKind.ELEMENT,
        "Caused by the practice",
        "Musk would not have contributed had he known OpenAI would be turned to profit.");

    Claim accounting =
        count(
            claims,
            musk,
            "Accounting",
            "Musk asks the Court to order an accounting of the money, technology and other assets"
                + " OpenAI received and of how they passed to its for-profit entities and Microsoft.");
    accounting.addChild(
        ClaimKind.ELEMENT,
        "A relationship that calls for an accounting",
        "A fiduciary relationship existed between Musk and Defendants concerning his"
            + " contributions.");
    accounting.addChild(
        ClaimKind.ELEMENT,
        "A balance due that only an accounting can establish",
        "What is owed cannot be known without examining OpenAI's books, including its transfers to"
            + " its for-profit affiliates.");

    Claim preAgi =
        defence(
            claims,
            openAi,
            "Only pre-AGI technology is licensed to Microsoft",
            "Microsoft's licence reaches only OpenAI's pre-AGI technology; any AGI OpenAI builds"
                + " remains with the non-profit for the benefit of humanity.");
    preAgi.addChild(
        ClaimKind.ALLEGATION,
        "The licence excludes AGI",
        "By its terms the Microsoft agreement leaves artificial general intelligence outside the"
            + " licensed technology.");
    preAgi.addChild(
        ClaimKind.ALLEGATION,
        "The non-profit board decides when AGI is reached",
        "The board of OpenAI, Inc., not Microsoft, determines when AGI has been attained.");

    Claim noAgi =
        defence(
            claims,
            openAi,
            "No AGI has been achieved (GPT-4 is not AGI)",
            "GPT-4 is a capable model but not AGI, so nothing outside the licence has gone to"
                + " Microsoft.");
    noAgi.addChild(
        ClaimKind.ALLEGATION,
        "GPT-4 is not AGI",
        "GPT-4 does not outperform humans at most economically valuable work.");
    noAgi.addChild(
        ClaimKind.ALLEGATION,
        "No model in development is AGI",
        "No model OpenAI is developing, including the one reported as \"Q*\", has reached AGI.");

    Claim forProfit =
        defence(
            claims,
            openAi,
            "Musk knew of and pushed for a for-profit structure",
            "By 2017 Musk agreed that OpenAI needed a for-profit entity to raise capital, and he tried"
                + " to control it himself.");
    forProfit.addChild(
        ClaimKind.ALLEGATION,
        "Musk proposed merging OpenAI into Tesla",
        "In early 2018 Musk urged that OpenAI attach itself to Tesla and use Tesla as its cash"
            + " cow.");
    forProfit.addChild(
        ClaimKind.ALLEGATION,
        "Musk sought majority equity, board control and the CEO role",
        "In 2017 Musk asked for majority equity, initial control of the board and the chief"
            + " executive's position in a for-profit OpenAI.");

    Claim notOpen =
        defence(
            claims,
            openAi,
            "Musk knew AGI would not be open-sourced",
            "Musk agreed as early as January 2016 that OpenAI need not share the science behind its"
                + " AI.");
    notOpen.addChild(
        ClaimKind.ALLEGATION,
        "Musk agreed not to share the science",
        "When Sutskever wrote that the \"Open\" in OpenAI meant everyone benefits from AI once it is"
            + " built, not that the science is shared, Musk answered \"Yup\".");
    notOpen.addChild(
        ClaimKind.ALLEGATION,
        "Openness was a recruiting aim, not a promise",
        "The founders treated openness as a recruiting advantage that would narrow as AI became"
            + " more capable.");

    return List.copyOf(claims);
  }

  private static Claim count(List<Claim> claims, Party party, String label, String text) {
    Claim claim = Claim.topLevel(ClaimKind.COUNT, party, label, text, claims.size());
    claims.add(claim);
    return claim;
  }

  private static Claim defence(List<Claim> claims, Party party, String label, String text) {
    Claim claim = Claim.topLevel(ClaimKind.DEFENCE, party, label, text, claims.size());
    claims.add(claim);
    return claim;
  }

  private static Party party(Matter matter, String name) {
    return matter.getParties().stream()
        .filter(p -> p.getName().equals(name))
        .findFirst()
        .orElseThrow(
            () ->
                new IllegalArgumentException(
                    name + " is not a party to " + matter + "; build the matter with matter()"));
  }

  /** The illustrative complaint, a PDF of a few pages; the same bytes on every call. */
  public static byte[] complaintPdf() {
    try (PDDocument document = new PDDocument()) {
      PDDocumentInformation info = document.getDocumentInformation();
      info.setTitle("Complaint \u2014 Musk v. Altman et al. (illustrative)");
      info.setAuthor("Pincite demo");
      info.setSubject(
          "Illustrative reconstruction of the complaint in " + CAPTION + ", No. " + DOCKET_NUMBER);
      info.setCreator("Pincite");
      // Dated as filed, so that ingest fills the document date from the PDF's own metadata.
      GregorianCalendar filed = new GregorianCalendar(TimeZone.getTimeZone("America/Los_Angeles"));
      filed.clear();
      filed.set(FILED_ON.getYear(), FILED_ON.getMonthValue() - 1, FILED_ON.getDayOfMonth(), 9, 0);
      info.setCreationDate(filed);
      // A fixed seed for the trailer ID, so that the same content gives the same bytes (and
      // SHA-256).
      document.setDocumentId(DOCKET_NUMBER.hashCode() & 0xffffffffL);
      try (Pleading pleading = new Pleading(document)) {
        writeComplaint(pleading);
      }
      ByteArrayOutputStream out = new ByteArrayOutputStream();
      document.save(out);
      return out.toByteArray();
    } catch (IOException e) {
      throw new UncheckedIOException("Could not write the demo complaint", e);
    }
  }

  /** The title of the demo declaration, as the cite names it ("Jackson Decl."). */
  public static final String DECLARATION_TITLE =
      "Declaration of Morgan Jackson (illustrative, fictional declarant)";

  /**
   * An illustrative declaration on 28-line pleading paper, written for Pincite: the declarant and
   * every statement in it are fictional. It is cited by page and line ("Jackson Decl. 1:17–21").
   */
  public static byte[] declarationPdf() {
    try (PDDocument document = new PDDocument()) {
      PDDocumentInformation info = document.getDocumentInformation();
      info.setTitle(DECLARATION_TITLE);
      info.setAuthor("Pincite demo");
      info.setCreator("Pincite");
      document.setDocumentId((DOCKET_NUMBER + "-decl").hashCode() & 0xffffffffL);
      try (Pleading p =
          new Pleading(document, "DECLARATION OF MORGAN JACKSON (ILLUSTRATIVE)", true)) {
        p.plain("[Counsel for Plaintiff: names omitted from this illustrative document]");
        p.centredBold("SUPERIOR COURT OF THE STATE OF CALIFORNIA");
        p.centredBold("COUNTY OF SAN FRANCISCO");
        p.plain(CAPTION + ", No. " + DOCKET_NUMBER);
        p.centredBold("DECLARATION OF MORGAN JACKSON");
        p.notice(
            "ILLUSTRATIVE: written for the Pincite demo. The declarant and the statements are fictional.");
        p.plain("I, Morgan Jackson, declare:");
        p.numbered(
            "I am a fictional paralegal invented for Pincite's demonstration matter. Nothing in"
                + " this declaration is the testimony of a real person.");
        p.numbered(
            "Attached to the demonstration matter as its complaint is the illustrative"
                + " reconstruction that Pincite writes; it is not the pleading on file with the"
                + " Court.");
        p.numbered(
            "The emails of the demonstration matter are reconstructions of emails that were"
                + " published; their wording in Pincite is its own and is marked illustrative.");
        p.numbered(
            "I kept a log of each document added to the demonstration matter, with the date it"
                + " was added and its SHA-256, and the log matches the originals Pincite keeps.");
        p.numbered(
            "This declaration is on 28-line pleading paper so that the demonstration shows pin"
                + " cites by page and line.");
        p.plain(
            "I declare under penalty of perjury under the laws of the State of California that"
                + " the foregoing is an illustration and not a statement of fact.");
        p.plain("Morgan Jackson (fictional)");
      }
      ByteArrayOutputStream out = new ByteArrayOutputStream();
      document.save(out);
      return out.toByteArray();
    } catch (IOException e) {
      throw new UncheckedIOException("Could not write the demo declaration", e);
    }
  }

  /** The file name of the demo deposition transcript. */
  public static final String DEPOSITION_FILE = "deposition-of-avery-quinn-illustrative.txt";

  /**
   * An illustrative deposition transcript, written for Pincite: the witness, the lawyers, the
   * reporter and the testimony are fictional; no such deposition was taken. It is laid out as court
   * reporters exchange transcripts as text: a page number over each page of 25 numbered lines.
   */
  public static byte[] depositionTranscript() {
    List<List<String>> pages = new ArrayList<>();
    pages.add(
        List.of(
            "SUPERIOR COURT OF THE STATE OF CALIFORNIA",
            "COUNTY OF SAN FRANCISCO",
            "",
            CAPTION.toUpperCase(java.util.Locale.ROOT),
            "Case No. " + DOCKET_NUMBER,
            "",
            "DEPOSITION OF AVERY QUINN",
            "Taken on June 2, 2025",
            "",
            "ILLUSTRATIVE TRANSCRIPT WRITTEN FOR THE PINCITE DEMO.",
            "The witness, the lawyers, the reporter and the testimony",
            "are fictional; no such deposition was taken.",
            "",
            "Reported by: R. Example, CSR (fictional)"));
    pages.add(
        List.of(
            "APPEARANCES (fictional):",
            "For the Plaintiff: A. Counsel",
            "For the Defendants: B. Counsel",
            "",
            "EXAMINATION BY A. COUNSEL                         3",
            "",
            "EXHIBITS",
            "Exhibit 1   Illustrative complaint                4"));
    List<String> three = new ArrayList<>();
    three.add("AVERY QUINN,");
    three.add("having been sworn, testified as follows:");
    three.add("EXAMINATION");
    three.add("BY A. COUNSEL:");
    three.add("Q. Please state your role in this illustration.");
    three.add("A. I am a fictional records custodian.");
    three.add("Q. What records did you keep?");
    three.add("A. A log of the documents in the demonstration");
    three.add("matter, with the day each was added.");
    three.add("Q. Did you keep the originals themselves?");
    three.add("A. No. Pincite keeps the originals; I kept the log.");
    three.add("Q. How did you check the log against them?");
    three.add("A. By the SHA-256 of each original.");
    three.add("Q. Did any of them differ?");
    three.add("A. None of them differed.");
    three.add("Q. Who else used the log?");
    three.add("A. The paralegal, Morgan Jackson, who is as");
    three.add("fictional as I am.");
    three.add("Q. When did you last compare them?");
    three.add("A. On the morning of this deposition.");
    three.add("Q. And what did you find?");
    three.add("A. The same as before.");
    three.add("Q. Describe how you compared the log with the");
    three.add("originals, step by step.");
    three.add("A. I read each hash from the log and then read the");
    pages.add(three);
    pages.add(
        List.of(
            "hash Pincite shows for the same document, and they",
            "were the same, every one of them.",
            "Q. Let me show you Exhibit 1.",
            "(Exhibit 1 was marked for identification.)",
            "Q. Do you recognise it?",
            "A. It is the illustrative complaint.",
            "",
            "(The deposition ended at 11:02 a.m.)"));
    pages.add(
        List.of(
            "REPORTER'S CERTIFICATE (fictional)",
            "I certify that this illustrative transcript was",
            "written for the Pincite demo and records no testimony."));
    StringBuilder s = new StringBuilder();
    for (int p = 0; p < pages.size(); p++) {
      s.append(String.format("%04d%n", p + 1));
      List<String> lines = pages.get(p);
      for (int i = 0; i < lines.size(); i++) {
        s.append(String.format("%3d  %s", i + 1, lines.get(i)).stripTrailing()).append('\n');
      }
    }
    return s.toString().getBytes(java.nio.charset.StandardCharsets.UTF_8);
  }

  private static void writeComplaint(Pleading p) throws IOException {
    p.plain("Counsel for Plaintiff Elon Musk");
    p.plain("[Names of counsel omitted from this illustrative reconstruction]");
    p.space(14);
    p.centredBold("SUPERIOR COURT OF THE STATE OF CALIFORNIA");
    p.centredBold("COUNTY OF SAN FRANCISCO");
    p.space(14);
    p.plain("ELON MUSK, an individual,");
    p.indented("Plaintiff,");
    p.indented("v.");
    p.plain(
        "SAMUEL ALTMAN, an individual; GREGORY BROCKMAN, an individual; OPENAI, INC., a"
            + " corporation; OPENAI, L.P., a limited partnership; OPENAI OPCO, LLC, a limited"
            + " liability company; and DOES 1 through 100, inclusive,");
    p.indented("Defendants.");
    p.space(8);
    p.bold("Case No. " + DOCKET_NUMBER);
    p.bold(
        "COMPLAINT FOR: (1) BREACH OF CONTRACT; (2) PROMISSORY ESTOPPEL; (3) BREACH OF FIDUCIARY"
            + " DUTY; (4) UNFAIR BUSINESS PRACTICES (BUS. & PROF. CODE \u00a7 17200); (5) ACCOUNTING");
    p.plain("Filed: February 29, 2024");
    p.plain("JURY TRIAL DEMANDED");
    p.space(12);
    p.notice(COMPLAINT_NOTICE);
    p.plain(
        "Pincite wrote this document from public reporting so that its demo has a complaint to cite."
            + " The wording is Pincite's own; do not cite it as the pleading on file with the Court.");
    p.space(10);
    p.plain("Plaintiff Elon Musk alleges as follows:");

    p.heading("THE PARTIES");
    p.numbered(
        "Plaintiff Elon Musk is an individual. He co-founded OpenAI, Inc. in 2015 and was for"
            + " several years its largest source of funding.");
    p.numbered(
        "Defendant Samuel Altman is an individual. He co-founded OpenAI, Inc. with Plaintiff and is"
            + " its chief executive officer.");
    p.numbered(
        "Defendant Gregory Brockman is an individual. He co-founded OpenAI, Inc. with Plaintiff and"
            + " has served as its president.");
    p.numbered(
        "Defendant OpenAI, Inc. is a California non-profit public benefit corporation. Defendants"
            + " OpenAI, L.P. and OpenAI OpCo, LLC are related OpenAI entities formed from 2019 onward"
            + " to carry on OpenAI's business for profit (the \"for-profit entities\").");

    p.heading("JURISDICTION AND VENUE");
    p.numbered(
        "This Court has jurisdiction over this action. Venue is proper in the City and County of"
            + " San Francisco, where OpenAI, Inc. has its principal place of business and where much"
            + " of the conduct alleged below took place.");

    p.heading("FACTUAL ALLEGATIONS");
    p.subheading("A. The Founding Agreement");
    p.numbered(
        "Artificial general intelligence (\"AGI\") means a machine system that can equal or exceed"
            + " human ability across most economically valuable work. Plaintiff has long believed"
            + " that AGI in the hands of a closed, profit-seeking company is a grave threat to"
            + " humanity.");
    p.numbered(
        "In 2015 Plaintiff, Mr. Altman and Mr. Brockman agreed to create a research laboratory that"
            + " would develop AGI for the benefit of humanity rather than for the profit of any"
            + " company (the \"Founding Agreement\").");
    p.numbered(
        "Under the Founding Agreement the laboratory would be a non-profit; it would not be run to"
            + " enrich its founders or any investor; and it would make its technology freely"
            + " available to the public, except where safety required otherwise.");
    p.numbered(
        "OpenAI, Inc. was incorporated in December 2015 as a non-profit corporation. Its founding"
            + " documents state that its technology is meant to benefit the public.");
    p.numbered(
        "Relying on the Founding Agreement, Plaintiff contributed about $44 million to OpenAI, Inc."
            + " between 2016 and 2020. He also gave his time, lent his name to the venture, and"
            + " helped recruit its first scientists.");
    p.numbered(
        "Plaintiff would not have made those contributions had he been told that OpenAI would"
            + " later be run for profit or that its technology would be kept closed.");
    p.numbered(
        "In 2015 and the years that followed, Defendants repeatedly confirmed, in public statements"
            + " and in recruiting researchers, that OpenAI was a non-profit whose work would be open"
            + " to all.");

    p.subheading("B. The Turn to Profit");
    p.numbered(
        "Plaintiff left the board of OpenAI, Inc. in 2018. He continued to make contributions after"
            + " he left, in the belief that the Founding Agreement still governed OpenAI.");
    p.numbered(
        "In 2019 Defendants formed a for-profit arm in which investors could hold equity and earn"
            + " returns. Microsoft Corporation funded that arm, first with about $1 billion and later"
            + " with many billions more.");
    p.numbered(
        "In return Microsoft received an exclusive licence to OpenAI's technology, which it now"
            + " builds into its own commercial products. The public has no comparable access.");

    p.subheading("C. GPT-4 and Q*");
    p.numbered(
        "In March 2023 OpenAI released GPT-4. Unlike its earlier work, OpenAI published no"
            + " meaningful account of GPT-4's design, training data or weights; GPT-4 is closed.");
    p.numbered(
        "On information and belief, GPT-4 is an AGI: it performs at or above human level across a"
            + " wide range of professional and academic tasks. On information and belief, OpenAI is"
            + " also developing a still more powerful model known as \"Q*\".");
    p.numbered(
        "Microsoft's licence is said to cover only OpenAI's pre-AGI technology. Whether AGI has been"
            + " reached is left to the board of OpenAI, Inc., which since November 2023 has been"
            + " reshaped by Defendants in a way that favours Microsoft.");
    p.numbered(
        "As a result OpenAI has become, in effect, a closed subsidiary of Microsoft, the largest"
            + " technology company in the world, developing AGI to maximise Microsoft's profits"
            + " rather than for the benefit of humanity. Plaintiff has been damaged in an amount to"
            + " be proved at trial.");

    p.heading("CAUSES OF ACTION");
    int lastFact = p.lastParagraph();
    String realleged = "Plaintiff repeats paragraphs 1 through " + lastFact + ". ";
    p.subheading("First Cause of Action \u2014 Breach of Contract (against all Defendants)");
    p.numbered(
        realleged
            + "The Founding Agreement is a binding contract. Plaintiff performed under it, Defendants"
            + " breached it as alleged above, and Plaintiff has been damaged as a result.");
    p.subheading("Second Cause of Action \u2014 Promissory Estoppel (against all Defendants)");
    p.numbered(
        realleged
            + "Defendants made clear promises on which Plaintiff reasonably and foreseeably relied to"
            + " his detriment; justice requires that the promises be enforced.");
    p.subheading("Third Cause of Action \u2014 Breach of Fiduciary Duty (against all Defendants)");
    p.numbered(
        realleged
            + "Defendants owed Plaintiff a duty to use his contributions for OpenAI's charitable"
            + " purpose. They breached that duty by turning those contributions to private profit.");
    p.subheading(
        "Fourth Cause of Action \u2014 Unfair Business Practices, Cal. Bus. & Prof. Code \u00a7 17200");
    p.numbered(
        realleged
            + "Soliciting contributions for an open non-profit and then using them to build closed,"
            + " for-profit technology is an unlawful, unfair and fraudulent business practice that"
            + " cost Plaintiff money.");
    p.subheading("Fifth Cause of Action \u2014 Accounting (against all Defendants)");
    p.numbered(
        realleged
            + "The money and assets Plaintiff contributed, and their transfer to the for-profit"
            + " entities and to Microsoft, cannot be traced without an accounting.");

    p.heading("PRAYER FOR RELIEF");
    p.plain("Plaintiff asks the Court for judgment against Defendants as follows:");
    p.lettered(
        "a.",
        "An order compelling Defendants to keep the Founding Agreement and to return OpenAI to its"
            + " mission of developing AGI for the benefit of humanity, making its research and"
            + " technology available to the public;");
    p.lettered(
        "b.",
        "A declaration that GPT-4 and Q* are AGI and therefore fall outside any licence granted to"
            + " Microsoft;");
    p.lettered(
        "c.",
        "An injunction barring Defendants from using OpenAI, Inc.'s assets for the financial benefit"
            + " of any individual defendant, Microsoft, or any other company;");
    p.lettered("d.", "An accounting, restitution, and damages in an amount to be proved at trial;");
    p.lettered("e.", "Costs of suit and such other relief as the Court considers just.");
    p.space(12);
    p.plain("Dated: February 29, 2024");
    p.plain("Counsel for Plaintiff Elon Musk (names omitted in this reconstruction)");
  }

  /**
   * Lays a pleading out on letter-size pages: wraps text by measuring it, starts a page when one is
   * full, and prints each numbered paragraph with its number at the start of its first line so that
   * "Compl. &para; 12" can later be found in the text.
   */
  private static final class Pleading implements AutoCloseable {
    private static final PDType1Font REGULAR =
        new PDType1Font(Standard14Fonts.FontName.TIMES_ROMAN);
    private static final PDType1Font BOLD = new PDType1Font(Standard14Fonts.FontName.TIMES_BOLD);
    private static final float SIZE = 11f;
    private static final float MARGIN = 72f;
    private static final float INDENT = 36f;
    private static final PDRectangle PAGE = PDRectangle.LETTER;
    private static final float WIDTH = PAGE.getWidth() - 2 * MARGIN;

    /** A wrapped line must never begin with a word that would read as a paragraph number. */
    private static final Pattern NUMBER_LIKE = Pattern.compile("\\d+\\.\\S*");

    /** Pleading paper: 28 numbered lines a page, 24 points apart, the text on them. */
    private static final int LINES = 28;

    private static final float GRID = 24f;

    private final PDDocument document;
    private final String footerTitle;
    private final boolean lineNumbered;
    private final float leading;
    private PDPageContentStream stream;
    private float y;
    private int pages;
    private int paragraphs;

    Pleading(PDDocument document) {
      this(document, "COMPLAINT (ILLUSTRATIVE RECONSTRUCTION)", true);
    }

    Pleading(PDDocument document, String footerTitle, boolean lineNumbered) {
      this.document = document;
      this.footerTitle = footerTitle;
      this.lineNumbered = lineNumbered;
      this.leading = lineNumbered ? GRID : 14f;
    }

    int lastParagraph() {
      return paragraphs;
    }

    void plain(String text) throws IOException {
      block(text, REGULAR, SIZE, 0, 0);
    }

    void bold(String text) throws IOException {
      block(text, BOLD, SIZE, 0, 0);
    }

    void indented(String text) throws IOException {
      block(text, REGULAR, SIZE, 2 * INDENT, 2 * INDENT);
    }

    void centredBold(String text) throws IOException {
      ensure(leading);
      line(text, BOLD, SIZE, MARGIN + (WIDTH - width(text, BOLD, SIZE)) / 2);
    }

    /**
     * One bold line in a shaded box, shrunk until it fits: reaching into the margins on plain
     * paper, within the text column on pleading paper (whose line numbers are in the margin).
     */
    void notice(String text) throws IOException {
      float boxWidth = lineNumbered ? WIDTH : PAGE.getWidth() - MARGIN;
      float boxLeft = (PAGE.getWidth() - boxWidth) / 2;
      float size = SIZE + 1;
      while (width(text, BOLD, size) > boxWidth - 12 && size > 6) {
        size -= 0.25f;
      }
      ensure(3 * leading);
      y -= 8;
      onTheGrid();
      stream.setNonStrokingColor(0.9f);
      stream.setLineWidth(1.2f);
      stream.addRect(boxLeft, y - 7, boxWidth, size + 13);
      stream.fillAndStroke();
      stream.setNonStrokingColor(0f);
      line(text, BOLD, size, (PAGE.getWidth() - width(text, BOLD, size)) / 2);
      y -= 10;
    }

    void heading(String text) throws IOException {
      ensure(6 * leading); // keeps a heading with what follows it
      y -= leading / 2;
      centredBold(text);
      y -= leading / 4;
    }

    void subheading(String text) throws IOException {
      ensure(4 * leading);
      y -= leading / 4;
      block(text, BOLD, SIZE, 0, 0);
    }

    void numbered(String text) throws IOException {
      paragraphs++;
      y -= leading / 4;
      block(paragraphs + ". " + text, REGULAR, SIZE, INDENT, 0);
    }

    void lettered(String letter, String text) throws IOException {
      block(letter + " " + text, REGULAR, SIZE, INDENT, INDENT);
    }

    void space(float points) {
      y -= points;
    }

    private void block(String text, PDType1Font font, float size, float firstIndent, float indent)
        throws IOException {
      List<String> lines = wrap(text, font, size, WIDTH - firstIndent, WIDTH - indent);
      for (int i = 0; i < lines.size(); i++) {
        ensure(leading);
        line(lines.get(i), font, size, MARGIN + (i == 0 ? firstIndent : indent));
      }
    }

    private static List<String> wrap(
        String text, PDType1Font font, float size, float firstWidth, float width)
        throws IOException {
      List<String> lines = new ArrayList<>();
      List<String> current = new ArrayList<>();
      for (String word : text.split(" ")) {
        current.add(word);
        float room = lines.isEmpty() ? firstWidth : width;
        if (current.size() > 1 && width(String.join(" ", current), font, size) > room) {
          current.remove(current.size() - 1);
          List<String> next = new ArrayList<>();
          // Carry the previous word along rather than open a line with "19." or the like.
          if (NUMBER_LIKE.matcher(word).matches() && current.size() > 1) {
            next.add(current.remove(current.size() - 1));
          }
          next.add(word);
          lines.add(String.join(" ", current));
          current = next;
        }
      }
      if (!current.isEmpty()) {
        lines.add(String.join(" ", current));
      }
      return lines;
    }

    private static float width(String text, PDType1Font font, float size) throws IOException {
      return font.getStringWidth(text) / 1000f * size;
    }

    private void line(String text, PDType1Font font, float size, float x) throws IOException {
      onTheGrid();
      stream.beginText();
      stream.setFont(font, size);
      stream.newLineAtOffset(x, y);
      stream.showText(text);
      stream.endText();
      y -= leading;
    }

    /** On pleading paper every line of text sits on a numbered line: down to the next one. */
    private void onTheGrid() {
      if (lineNumbered) {
        float top = PAGE.getHeight() - MARGIN;
        y = top - (float) Math.ceil((top - y) / GRID - 0.01f) * GRID;
      }
    }

    /** Starts a new page unless {@code needed} points are left above the footer. */
    private void ensure(float needed) throws IOException {
      if (stream != null && y - needed >= MARGIN - leading) {
        return;
      }
      closePage();
      PDPage page = new PDPage(PAGE);
      document.addPage(page);
      pages++;
      stream = new PDPageContentStream(document, page);
      String footer = footerTitle + " \u2014 PAGE " + pages;
      float footerSize = 8f;
      stream.beginText();
      stream.setFont(REGULAR, footerSize);
      stream.newLineAtOffset(MARGIN + (WIDTH - width(footer, REGULAR, footerSize)) / 2, MARGIN / 2);
      stream.showText(footer);
      stream.endText();
      y = PAGE.getHeight() - MARGIN;
      if (lineNumbered) {
        // The rules of pleading paper: a double one left of the text, a single one right of it.
        stream.setLineWidth(0.6f);
        for (float x : new float[] {MARGIN - 8, MARGIN - 5, PAGE.getWidth() - MARGIN + 6}) {
          stream.moveTo(x, PAGE.getHeight());
          stream.lineTo(x, 0);
        }
        stream.stroke();
        for (int n = 1; n <= LINES; n++) {
          String number = String.valueOf(n);
          stream.beginText();
          stream.setFont(REGULAR, 10f);
          stream.newLineAtOffset(MARGIN - 16 - width(number, REGULAR, 10f), y - (n - 1) * GRID);
          stream.showText(number);
          stream.endText();
        }
      }
    }

    private void closePage() throws IOException {
      if (stream != null) {
        stream.close();
        stream = null;
      }
    }

    @Override
    public void close() throws IOException {
      closePage();
    }
  }

  /** The demo emails as raw messages, oldest first. */
  public static List<DemoEmail> emails() {
    List<DemoEmail> emails = new ArrayList<>();
    for (String fileName : EMAIL_FILES) {
      try (InputStream in = DemoMatterContent.class.getResourceAsStream(fileName)) {
        if (in == null) {
          throw new IllegalStateException(
              "Demo email missing from the class path: "
                  + DemoMatterContent.class.getPackageName().replace('.', '/')
                  + "/"
                  + fileName);
        }
        emails.add(new DemoEmail(fileName, in.readAllBytes()));
      } catch (IOException e) {
        throw new UncheckedIOException("Could not read the demo email " + fileName, e);
      }
    }
    return List.copyOf(emails);
  }

  /** A second, smaller matter, so that a user limited to one matter has something not to see. */
  public static final String SECOND_DOCKET_NUMBER = "4:23-cv-03918";

  public static Matter secondMatter() {
    Matter matter =
        new Matter(
            "OpenAI, Inc. v. Open Artificial Intelligence, Inc.",
            "United States District Court, Northern District of California",
            SECOND_DOCKET_NUMBER,
            LocalDate.of(2023, 8, 4));
    matter.addParty("OpenAI, Inc.", PartyRole.PLAINTIFF);
    matter.addParty("Open Artificial Intelligence, Inc.", PartyRole.DEFENDANT);
    matter.addParty("Guy Ravine", PartyRole.DEFENDANT);
    return matter;
  }

  public static List<Claim> secondMatterClaims(Matter matter) {
    Party plaintiff = party(matter, "OpenAI, Inc.");
    Claim infringement =
        Claim.topLevel(
            ClaimKind.COUNT,
            plaintiff,
            "Trademark infringement (15 U.S.C. \u00a7 1114)",
            "Defendants used the OPENAI name in a way likely to confuse consumers.",
            0);
    infringement.addChild(ClaimKind.ELEMENT, "Plaintiff owns a protectable mark", null);
    infringement.addChild(ClaimKind.ELEMENT, "Defendants' use is likely to cause confusion", null);
    return List.of(infringement);
  }

  /** A short case note for the second matter, as plain text (an illustrative summary). */
  public static byte[] secondMatterNote() {
    String note =
        "[Illustrative case note for the Pincite demo \u2014 not a court document.]\n\n"
            + "OpenAI, Inc. sued Open Artificial Intelligence, Inc. and Guy Ravine in 2023 over the OPENAI name.\n"
            + "The plaintiff says consumers are likely to confuse the defendants' services with its own.\n";
    return note.getBytes(java.nio.charset.StandardCharsets.UTF_8);
  }
}
