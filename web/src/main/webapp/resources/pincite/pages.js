/*
 * What every page shares: dates and times shown one way (the reader's time zone, "1 Dec 2026,
 * 07:21"), and keyboard use that PrimeFaces' widgets would otherwise swallow.
 */
(function () {
  'use strict';
  var WHEN = new Intl.DateTimeFormat('en-GB', {
    day: 'numeric', month: 'short', year: 'numeric', hour: '2-digit', minute: '2-digit', hour12: false
  });
  var ZONE = Intl.DateTimeFormat().resolvedOptions().timeZone;

  window.Pincite = window.Pincite || {};

  /** A moment (ISO-8601 text or milliseconds) as every page shows it: "1 Dec 2026, 07:21". */
  window.Pincite.when = function (moment) {
    var d = new Date(moment);
    return isNaN(d.getTime()) ? String(moment) : WHEN.format(d);
  };

  // Server-rendered moments come as <time class="pc-when" datetime="…">, written in UTC: shown
  // here in the reader's own zone, with the zone in the tooltip.
  function localTimes(rootEl) {
    (rootEl || document).querySelectorAll('time.pc-when[datetime]').forEach(function (t) {
      var text = window.Pincite.when(t.getAttribute('datetime'));
      if (t.textContent !== text) {
        t.textContent = text;
        t.title = ZONE;
      }
    });
  }

  // PrimeFaces makes every table cell a tab stop (role=gridcell, tabindex=0): a keyboard user
  // tabs onto the cell that holds a link, and Enter there did nothing. A cell that holds a link or
  // button is no tab stop of its own (Tab goes straight to the link), and Enter or Space on a cell
  // still focused does what its one link or button does.
  var ACTIONABLE = 'a[href], button, input, select, textarea, [role=button], [tabindex]:not([tabindex="-1"])';
  function untabCells(rootEl) {
    (rootEl || document).querySelectorAll('td[role=gridcell][tabindex="0"]').forEach(function (td) {
      if (td.querySelector(ACTIONABLE)) {
        td.setAttribute('tabindex', '-1');
      }
    });
  }

  // PrimeFaces' upload rows draw a progress bar with no name: each is named by its file.
  function nameProgressBars(rootEl) {
    (rootEl || document).querySelectorAll('.ui-progressbar[role=progressbar]:not([aria-label])').forEach(function (bar) {
      var row = bar.closest('.ui-fileupload-row');
      var file = row && row.querySelector('.ui-fileupload-filename');
      bar.setAttribute('aria-label', 'Uploading ' + (file ? file.textContent.trim() : 'a file'));
    });
  }

  document.addEventListener('keydown', function (e) {
    if ((e.key !== 'Enter' && e.key !== ' ') || e.ctrlKey || e.altKey || e.metaKey) {
      return;
    }
    var cell = e.target;
    if (e.key === 'Enter' && cell && cell.tagName === 'A' && cell.hasAttribute('href') && cell.closest('.ui-datatable')) {
      // The table's own Enter handling (cell navigation) must not swallow a link's Enter: the
      // browser follows the link as it always does.
      e.stopPropagation();
      return;
    }
    if (cell && cell.matches && cell.matches('td[role=gridcell]')) {
      var actions = cell.querySelectorAll(ACTIONABLE);
      if (actions.length === 1) {
        e.preventDefault();
        e.stopPropagation();
        actions[0].click();
      }
    }
  }, true);

  // A row's pencil (PrimeFaces' row editor) hides itself when it opens the row for editing, and
  // the keyboard focus went with it: the row's first field takes it instead, so a keyboard user
  // types straight away (Enter saves the row, Escape cancels: PrimeFaces' own keys).
  document.addEventListener('click', function (e) {
    var pencil = e.target && e.target.closest && e.target.closest('a.ui-row-editor-pencil');
    var row = pencil && pencil.closest('tr.ui-row-editing');
    if (!row) {
      return;
    }
    var first = Array.prototype.find.call(
      row.querySelectorAll('.ui-cell-editor-input input, .ui-cell-editor-input textarea, .ui-cell-editor-input select'),
      function (f) { return f.offsetParent !== null && !f.disabled; });
    if (first) {
      first.focus();
    }
  });

  // Where a row was saved or cancelled (its table and the text of its first cell, the row's
  // number), so that once the table is drawn anew the focus can go back to that row's pencil.
  var editedRow = null;
  function rememberRow(el) {
    var row = el && el.closest && el.closest('tr.ui-row-editing');
    var table = row && row.closest('.ui-datatable');
    if (row && table && row.cells.length) {
      editedRow = { table: table.id, key: row.cells[0].textContent.trim() };
    }
  }
  document.addEventListener('keydown', function (e) {
    if (e.key === 'Enter' || e.key === 'Escape') {
      rememberRow(e.target);
    }
  }, true);
  document.addEventListener('click', function (e) {
    if (e.target && e.target.closest && e.target.closest('a.ui-row-editor-check, a.ui-row-editor-close')) {
      rememberRow(e.target);
    }
  }, true);

  /** After a table is drawn anew: the focus back on the pencil of the row last saved. */
  window.Pincite.refocusEditedRow = function () {
    var table = editedRow && document.getElementById(editedRow.table);
    if (!table) {
      return;
    }
    Array.prototype.some.call(table.querySelectorAll('tbody > tr'), function (row) {
      if (row.cells.length && row.cells[0].textContent.trim() === editedRow.key) {
        var pencil = row.querySelector('a.ui-row-editor-pencil');
        if (pencil) {
          pencil.focus();
        }
        return true;
      }
      return false;
    });
  };

  /**
   * Whether a poll may redraw the table whose widget is {@code widgetVar}: not while rows of it are
   * ticked, for the redraw would untick them under the reviewer's hand (the list catches up once
   * the bulk action is done or the ticks are cleared). Each poll held back is counted in
   * {@code Pincite.pollsHeld}.
   */
  window.Pincite.pollsHeld = 0;
  function ticked(widgetVar) {
    var table = window.PF ? PF(widgetVar) : null;
    return !!(table && table.getSelectedRowsCount && table.getSelectedRowsCount() > 0);
  }
  window.Pincite.mayRedraw = function (widgetVar) {
    if (ticked(widgetVar)) {
      window.Pincite.pollsHeld++;
      return false;
    }
    return true;
  };
  /**
   * For a poll's onsuccess: true (PrimeFaces then leaves the page as it is) when rows were ticked
   * while its request was on its way, so its answer does not untick them either.
   */
  window.Pincite.keepTicks = function (widgetVar) {
    return ticked(widgetVar);
  };

  document.addEventListener('DOMContentLoaded', function () {
    localTimes();
    untabCells();
    nameProgressBars();
    new MutationObserver(function () {
      localTimes();
      untabCells();
      nameProgressBars();
    }).observe(document.body, { childList: true, subtree: true });
  });
})();
