package org.pincite.web.faces;

import jakarta.faces.application.FacesMessage;
import jakarta.faces.component.UIComponent;
import jakarta.faces.context.ResponseWriter;
import jakarta.faces.context.ResponseWriterWrapper;
import java.io.IOException;
import org.primefaces.component.messages.Messages;
import org.primefaces.component.messages.MessagesRenderer;

/**
 * PrimeFaces' messages with lists a screen reader can read as lists: PrimeFaces 15 gives each
 * message's {@code <li>} the role {@code alert}, and a list whose items are not list items is a
 * serious violation for axe-core (rule "list"). The messages' container already announces them
 * ({@code aria-live="polite"}), so the items keep their own role (docs/stack-notes.md, "PrimeFaces
 * messages and axe-core").
 */
public class AccessibleMessagesRenderer extends MessagesRenderer {
  @Override
  protected void encodeMessage(
      ResponseWriter writer,
      Messages messages,
      FacesMessage message,
      String severity,
      boolean escape)
      throws IOException {
    super.encodeMessage(new ListItemsAsListItems(writer), messages, message, severity, escape);
  }

  /** Writes everything as given, except a role on a list item. */
  private static final class ListItemsAsListItems extends ResponseWriterWrapper {
    private String element;

    ListItemsAsListItems(ResponseWriter writer) {
      super(writer);
    }

    @Override
    public void startElement(String name, UIComponent component) throws IOException {
      element = name;
      super.startElement(name, component);
    }

    @Override
    public void writeAttribute(String name, Object value, String property) throws IOException {
      if ("li".equals(element) && "role".equals(name)) {
        return;
      }
      super.writeAttribute(name, value, property);
    }
  }
}
