package org.pincite.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import org.pincite.service.MatterService;
import org.pincite.service.NotFoundException;
import org.pincite.service.view.ClaimNode;
import org.pincite.service.view.MatterDetail;
import org.primefaces.model.DefaultTreeNode;
import org.primefaces.model.TreeNode;

/** matter.xhtml: one matter with its parties, claims tree and documents. */
@Named
@RequestScoped
public class MatterBacking {
  @Inject MatterService matterService;

  private Long matterId;
  private MatterDetail matter;
  private TreeNode<ClaimNode> claimsTree;

  public void load() throws IOException {
    if (matterId == null) {
      return;
    }
    try {
      matter = matterService.matter(matterId);
    } catch (NotFoundException e) {
      FacesContext faces = FacesContext.getCurrentInstance();
      faces.getExternalContext().responseSendError(404, e.getMessage());
      faces.responseComplete();
    }
  }

  public TreeNode<ClaimNode> getClaimsTree() {
    if (claimsTree == null && matter != null) {
      claimsTree = new DefaultTreeNode<>(null, null);
      matter.claims().forEach(claim -> addNode(claim, claimsTree));
    }
    return claimsTree;
  }

  private static void addNode(ClaimNode claim, TreeNode<ClaimNode> parent) {
    TreeNode<ClaimNode> node = new DefaultTreeNode<>(claim, parent);
    node.setExpanded(true);
    claim.children().forEach(child -> addNode(child, node));
  }

  public Long getMatterId() {
    return matterId;
  }

  public void setMatterId(Long matterId) {
    this.matterId = matterId;
  }

  public MatterDetail getMatter() {
    return matter;
  }
}
