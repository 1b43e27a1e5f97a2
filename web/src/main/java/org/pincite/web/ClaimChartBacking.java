package org.pincite.web;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import org.pincite.service.ReportService;
import org.pincite.service.report.ClaimChart;

/**
 * claim-chart.xhtml: every claim and element of a matter with its evidence for and against, and
 * export links.
 */
@Named
@ViewScoped
public class ClaimChartBacking implements Serializable {
  private static final long serialVersionUID = 1L;

  @Inject ReportService reportService;

  private Long matterId;
  private ClaimChart chart;

  public void load() {
    if (matterId == null || chart != null) {
      return;
    }
    chart = reportService.claimChart(matterId);
  }

  /**
   * The address of the chart as a file, relative to the page: the session cookie signs the download
   * in.
   */
  public String exportUrl(String format) {
    return "api/matters/" + matterId + "/claim-chart?format=" + format;
  }

  /** Left padding of a row's label, by its depth in the tree. */
  public String indent(ClaimChart.Row row) {
    return "padding-left:" + (row.depth() * 1.5) + "em";
  }

  public Long getMatterId() {
    return matterId;
  }

  public void setMatterId(Long matterId) {
    this.matterId = matterId;
  }

  public ClaimChart getChart() {
    return chart;
  }
}
