/*
 * The review workspace (document.xhtml): pages are fetched from the API as they scroll into view,
 * passages are highlighted in the text and boxed on the page image, and a selection is turned into
 * the page/offset positions the server stores. Offsets count UTF-16 code units, as Java does, so
 * Korean and every other script address the same characters on both sides.
 */
(function () {
  'use strict';
  var root = document.getElementById('viewer');
  if (!root) {
    return;
  }
  var api = root.dataset.api;
  var docId = root.dataset.document;
  var pageCount = parseInt(root.dataset.pages, 10) || 0;
  var isPdf = root.dataset.pdf === 'true';
  var canMark = root.dataset.canMark === 'true';
  var claims = JSON.parse(root.dataset.claims || '{}');
  var STANCE_LABEL = { SUPPORTS: 'Supports', REFUTES: 'Refutes', CONTEXT: 'Context' };
  var KEYS = { s: 'SUPPORTS', r: 'REFUTES', c: 'CONTEXT' };

  var texts = new Map(); // page number -> text, exactly as stored
  var furniture = new Map(); // page number -> [{from, to}] of running headers, footers, page and line numbers
  var loading = new Map(); // page number -> promise
  var annotations = new Map(); // id -> passage as the API gives it
  var shown = new Set(); // pages whose text is on screen
  var pending = null; // the selection the mark buttons act on
  var marking = null; // the selection the dialog is marking
  var numberedLines = new Map(); // page -> its numbered lines (transcripts, pleading paper)
  var openedAtHit = false;
  var designations = []; // a transcript's designated line ranges
  var popover = document.getElementById('pc-popover');
  var markButtons = document.getElementById('pc-mark-buttons');
  var hitPattern = searchTerms(root.dataset.hl || '');
  var redactions = []; // the document's redactions as the API gives them
  var hitPage = parseInt(root.dataset.startPage, 10);
  var readerMoved = false; // the reader scrolled, clicked or typed since the page opened
  ['wheel', 'touchstart', 'keydown', 'mousedown'].forEach(function (type) {
    window.addEventListener(type, function () { readerMoved = true; }, { passive: true });
  });

  /**
   * A search hit opens at its page and, on a numbered page, at the line it is on ("3:25", the
   * line its cite names), else at the first word it found; true when it is shown.
   */
  function centreHit() {
    var s = section(hitPage);
    var at = s && (s.querySelector('.pc-line-target') || s.querySelector('pre .pc-hit'));
    if (at) {
      at.scrollIntoView({ block: 'center' });
    }
    return !!at;
  }

  function section(n) { return document.getElementById('page-' + n); }
  function textEl(n) { return section(n).querySelector('pre.pc-page-text'); }

  function getJson(url) {
    return fetch(url, { credentials: 'same-origin', headers: { Accept: 'application/json' } }).then(function (r) {
      if (!r.ok) {
        throw new Error('the server answered ' + r.status);
      }
      return r.json();
    });
  }

  function loadAnnotations() {
    return getJson(api + '/documents/' + docId + '/annotations').then(function (list) {
      annotations = new Map(list.map(function (a) { return [a.id, a]; }));
    });
  }

  function loadPage(n) {
    if (loading.has(n)) {
      return loading.get(n);
    }
    var p = getJson(api + '/documents/' + docId + '/pages/' + n).then(function (page) {
      texts.set(n, page.text);
      numberedLines.set(n, page.lines || []);
      furniture.set(n, page.furniture || []);
      if (isPdf) {
        var img = section(n).querySelector('img');
        img.src = api + '/documents/' + docId + '/pages/' + n + '/image';
      }
      return renderHighlights(n);
    });
    loading.set(n, p);
    p.catch(function (err) {
      loading.delete(n);
      textEl(n).textContent = 'Page ' + n + ' could not be loaded (' + err.message + '). Scroll away and back to try again.';
    });
    return p;
  }

  function renderHighlights(n) {
    return getJson(api + '/documents/' + docId + '/pages/' + n + '/highlights').then(function (list) {
      renderText(n, list);
      if (isPdf) {
        renderBoxes(n, list);
        renderRedactionBoxes(n);
      }
    });
  }

  function summary(ids) {
    return ids.map(function (id) {
      var a = annotations.get(id);
      if (!a) {
        return '';
      }
      var names = a.claimIds.map(function (c) { return claims[c] || ('claim ' + c); }).join('; ');
      return STANCE_LABEL[a.stance] + ': ' + names + (a.note ? ' — ' + a.note : '') + ' (' + a.updatedBy + ')';
    }).join('\n');
  }

  function renderText(n, list) {
    var text = texts.get(n);
    var cuts = [0, text.length];
    var repeated = furniture.get(n) || [];
    var redacted = redactedRanges(n, text.length);
    list.forEach(function (h) { cuts.push(h.from, h.to); });
    redacted.forEach(function (r) { cuts.push(r.from, r.to); });
    repeated.forEach(function (f) { cuts.push(f.from, f.to); });
    cuts = cuts.filter(function (x) { return x >= 0 && x <= text.length; })
      .sort(function (a, b) { return a - b; })
      .filter(function (x, i, all) { return i === 0 || x !== all[i - 1]; });
    var out = document.createDocumentFragment();
    for (var i = 0; i < cuts.length - 1; i++) {
      var from = cuts[i], to = cuts[i + 1];
      var piece = text.slice(from, to);
      var node;
      var over = list.filter(function (h) { return h.from <= from && h.to >= to; });
      if (over.length) {
        var mark = document.createElement('mark');
        mark.className = 'pc-hl pc-stance-' + over[0].stance + (over.length > 1 ? ' pc-hl-multi' : '');
        var ids = over.map(function (h) { return h.annotationId; });
        mark.dataset.annotations = ids.join(',');
        mark.title = summary(ids);
        mark.textContent = piece;
        node = mark;
      } else {
        node = document.createTextNode(piece);
      }
      var redaction = redacted.find(function (r) { return r.from <= from && r.to >= to; });
      if (redaction) {
        var black = document.createElement('span');
        black.className = 'pc-redacted';
        black.dataset.redaction = redaction.id;
        black.title = 'Redacted (' + redaction.reasonLabel + '): left out of the produced copy';
        black.appendChild(node);
        node = black;
      }
      // Running headers and footers, page numbers and line numbers: dimmed, as quotes leave them out.
      if (repeated.some(function (f) { return f.from <= from && f.to >= to; })) {
        var dim = document.createElement('span');
        dim.className = 'pc-furniture';
        dim.title = 'Left out of the quote as cited (running header or footer, page or line number)';
        dim.appendChild(node);
        node = dim;
      }
      out.appendChild(node);
    }
    var pre = textEl(n);
    pre.replaceChildren(out);
    markHits(pre);
    shown.add(n);
    try {
      renderGutter(n);
    } catch (err) {
      // The line numbers are an aid: a page is never held back by them.
      console.warn('Line numbers of page ' + n + ' not drawn: ' + err.message);
    }
    if (n === hitPage && !root.dataset.passage && !openedAtHit) {
      openedAtHit = centreHit();
    } else if (openedAtHit && !readerMoved) {
      // A page drawn above the hit grows and pushes it down: back to it, until the reader moves.
      centreHit();
    }
  }

  // --- numbered lines (transcripts, pleading paper) ---

  /** Where character {@code offset} of a page's text is drawn, or null. */
  function rectAt(pre, offset) {
    var walker = document.createTreeWalker(pre, NodeFilter.SHOW_TEXT);
    var seen = 0;
    for (var node = walker.nextNode(); node; node = walker.nextNode()) {
      var len = node.nodeValue.length;
      if (offset < seen + len || (offset === seen + len && !walker.nextSibling)) {
        var r = document.createRange();
        var at = Math.max(0, Math.min(offset - seen, len - 1));
        r.setStart(node, at);
        r.setEnd(node, Math.min(at + 1, len));
        var rects = r.getClientRects();
        return rects.length ? rects[0] : null;
      }
      seen += len;
    }
    return null;
  }

  /** The printed line numbers beside a page's text; not part of the text, so not selected. */
  function renderGutter(n) {
    var pre = textEl(n);
    var body = pre.parentNode;
    var old = body.querySelector('.pc-line-gutter');
    if (old) {
      old.remove();
    }
    var numbered = numberedLines.get(n) || [];
    if (!numbered.length) {
      return;
    }
    pre.classList.add('pc-lined');
    var gutter = document.createElement('div');
    gutter.className = 'pc-line-gutter';
    gutter.setAttribute('aria-hidden', 'true');
    body.insertBefore(gutter, pre);
    gutter.style.top = pre.offsetTop + 'px';
    gutter.style.left = Math.max(0, pre.offsetLeft - gutter.offsetWidth - 4) + 'px';
    var top = pre.getBoundingClientRect().top;
    var previousPage = null;
    numbered.forEach(function (l) {
      var rect = rectAt(pre, l.start);
      if (!rect) {
        return;
      }
      var span = document.createElement('span');
      span.className = 'pc-line-no';
      span.dataset.line = l.page + ':' + l.number;
      if (n === hitPage && span.dataset.line === root.dataset.line) {
        span.classList.add('pc-line-target'); // the line a search hit opened the viewer at
      }
      span.textContent = previousPage !== l.page ? l.page + ':' + l.number : String(l.number);
      previousPage = l.page;
      span.style.top = (rect.top - top) + 'px';
      gutter.appendChild(span);
    });
    renderDesignations(gutter);
  }

  /** Designations as brackets beside the lines they cover, in the designating party's colour. */
  function renderDesignations(gutter) {
    var order = function (page, line) { return page * 1000 + line; };
    designations.forEach(function (d) {
      var from = order(d.pageFrom, d.lineFrom), to = order(d.pageTo, d.lineTo);
      var covered = Array.prototype.filter.call(gutter.querySelectorAll('.pc-line-no'), function (s) {
        var pl = s.dataset.line.split(':');
        var at = order(parseInt(pl[0], 10), parseInt(pl[1], 10));
        return at >= from && at <= to;
      });
      if (!covered.length) {
        return;
      }
      var first = covered[0].offsetTop, last = covered[covered.length - 1];
      var bracket = document.createElement('span');
      bracket.className = 'pc-designation pc-designation-' + d.kind;
      bracket.dataset.designation = d.id;
      bracket.style.top = first + 'px';
      bracket.style.height = (last.offsetTop + last.offsetHeight - first) + 'px';
      bracket.style.borderColor = 'hsl(' + ((d.partyId * 137) % 360) + ', 65%, 40%)';
      bracket.title = d.kind.replace('_', '-').toLowerCase() + ' by ' + d.party + ', ' + d.range +
        (d.objection ? '; objection: ' + d.objection : '') + (d.ruling ? '; ruling: ' + d.ruling : '');
      gutter.appendChild(bracket);
    });
  }

  function loadDesignations() {
    return getJson(api + '/documents/' + docId + '/designations').then(function (list) {
      designations = Array.isArray(list) ? list : [];
      shown.forEach(function (n) { renderGutter(n); });
    }).catch(function () { designations = []; });
  }

  window.addEventListener('resize', function () {
    shown.forEach(function (n) { renderGutter(n); });
  });

  /** "3:25–4:2": the whole lines a selection touches, as its cite will give them; or null. */
  function linesOf(sel) {
    var ends = lineEnds(sel);
    if (!ends) {
      return null;
    }
    var first = ends.first, last = ends.last;
    if (first.page !== last.page) {
      return first.page + ':' + first.number + '\u2013' + last.page + ':' + last.number;
    }
    return first.number === last.number
      ? first.page + ':' + first.number
      : first.page + ':' + first.number + '\u2013' + last.number;
  }

  /** The first and last numbered lines a selection touches, or null. */
  function lineEnds(sel) {
    var byStart = function (a, b) { return a.start - b.start; };
    var a = (numberedLines.get(sel.startPage) || []).slice().sort(byStart);
    var b = (numberedLines.get(sel.endPage) || []).slice().sort(byStart);
    var first = a.find(function (l) { return l.end > sel.startOffset || l.start >= sel.startOffset; });
    var ending = b.filter(function (l) { return l.start < sel.endOffset; });
    var last = ending.length ? ending[ending.length - 1] : null;
    if (!first || !last) {
      return null;
    }
    if (last.page < first.page || (last.page === first.page && last.number < first.number)) {
      last = first;
    }
    return { first: first, last: last };
  }

  function showLines(el, sel) {
    if (!el) {
      return;
    }
    var lines = sel ? linesOf(sel) : null;
    el.textContent = lines ? 'Lines ' + lines : '';
    el.hidden = !lines;
  }

  function renderBoxes(n, list) {
    var layer = section(n).querySelector('.pc-boxes');
    layer.replaceChildren();
    list.forEach(function (h) {
      h.boxes.forEach(function (b) {
        var box = document.createElement('div');
        box.className = 'pc-box pc-stance-' + h.stance;
        box.style.left = (b.x * 100) + '%';
        box.style.top = (b.y * 100) + '%';
        box.style.width = (b.width * 100) + '%';
        box.style.height = (b.height * 100) + '%';
        box.dataset.annotations = String(h.annotationId);
        box.title = summary([h.annotationId]);
        layer.appendChild(box);
      });
    });
  }

  // Words of the search that led here, marked in the text (phrase quotes, operators and * dropped).
  function searchTerms(q) {
    var words = q.replace(/["()*+|]/g, ' ').split(/\s+/).filter(function (w) {
      return w.length > 1 && !/^(AND|OR|NOT)$/.test(w) && w.charAt(0) !== '-';
    });
    if (!words.length) {
      return null;
    }
    return new RegExp(words.map(function (w) { return w.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'); }).join('|'), 'giu');
  }

  function markHits(pre) {
    if (!hitPattern) {
      return;
    }
    var walker = document.createTreeWalker(pre, NodeFilter.SHOW_TEXT);
    var nodes = [];
    while (walker.nextNode()) {
      nodes.push(walker.currentNode);
    }
    nodes.forEach(function (node) {
      var value = node.nodeValue;
      hitPattern.lastIndex = 0;
      var m, last = 0, frag = null;
      while ((m = hitPattern.exec(value)) !== null) {
        frag = frag || document.createDocumentFragment();
        frag.appendChild(document.createTextNode(value.slice(last, m.index)));
        var hit = document.createElement('mark');
        hit.className = 'pc-hit';
        hit.textContent = m[0];
        frag.appendChild(hit);
        last = m.index + m[0].length;
      }
      if (frag) {
        frag.appendChild(document.createTextNode(value.slice(last)));
        node.parentNode.replaceChild(frag, node);
      }
    });
  }

  // --- selection to positions ---

  function pointIn(container, offset) {
    var el = container.nodeType === 1 ? container : container.parentNode;
    var pre = el && el.closest ? el.closest('pre.pc-page-text') : null;
    if (!pre || !root.contains(pre)) {
      return null;
    }
    var n = parseInt(pre.dataset.page, 10);
    if (!texts.has(n)) {
      return null;
    }
    var r = document.createRange();
    r.selectNodeContents(pre);
    r.setEnd(container, offset);
    return { page: n, offset: r.toString().length };
  }

  function quoteOf(start, end) {
    var q = '';
    for (var n = start.page; n <= end.page; n++) {
      var t = texts.get(n);
      var from = n === start.page ? start.offset : 0;
      var to = n === end.page ? end.offset : t.length;
      if (n > start.page && q.length && q.charAt(q.length - 1) !== '\n') {
        q += '\n';
      }
      q += t.slice(from, to);
    }
    return q;
  }

  function currentSelection() {
    var sel = window.getSelection();
    if (!sel || sel.isCollapsed || !sel.rangeCount) {
      return null;
    }
    var range = sel.getRangeAt(0);
    var pres = Array.prototype.filter.call(root.querySelectorAll('pre.pc-page-text'), function (p) {
      return texts.has(parseInt(p.dataset.page, 10)) && range.intersectsNode(p);
    });
    if (!pres.length) {
      return null;
    }
    var first = parseInt(pres[0].dataset.page, 10);
    var last = parseInt(pres[pres.length - 1].dataset.page, 10);
    var start = pointIn(range.startContainer, range.startOffset) || { page: first, offset: 0 };
    var end = pointIn(range.endContainer, range.endOffset) || { page: last, offset: texts.get(last).length };
    for (var n = start.page; n <= end.page; n++) {
      if (!texts.has(n)) {
        return null;
      }
    }
    if (start.page > end.page || (start.page === end.page && start.offset >= end.offset)) {
      return null;
    }
    var quote = quoteOf(start, end);
    if (!quote.trim()) {
      return null;
    }
    return { startPage: start.page, startOffset: start.offset, endPage: end.page, endOffset: end.offset, quote: quote };
  }

  var dialogReturn = null; // where the focus was when the mark dialog was asked for

  function startMark(sel, stance) {
    hideMarkButtons();
    marking = sel;
    dialogReturn = document.activeElement;
    window.pcStartMark([
      { name: 'startPage', value: sel.startPage },
      { name: 'startOffset', value: sel.startOffset },
      { name: 'endPage', value: sel.endPage },
      { name: 'endOffset', value: sel.endOffset },
      { name: 'quote', value: sel.quote },
      { name: 'stance', value: stance }
    ]);
  }

  function dialogOpen() {
    var d = document.querySelector('.pc-mark-dialog');
    return d && d.offsetParent !== null && getComputedStyle(d).display !== 'none' && d.getAttribute('aria-hidden') !== 'true';
  }

  function typing(el) {
    return el && (el.isContentEditable || /^(INPUT|TEXTAREA|SELECT|BUTTON)$/.test(el.tagName));
  }

  function showMarkButtons(sel) {
    pending = sel;
    showLines(document.getElementById('pc-mark-lines'), sel);
    var r = window.getSelection().getRangeAt(0).getBoundingClientRect();
    markButtons.hidden = false;
    markButtons.style.top = (window.scrollY + r.bottom + 6) + 'px';
    markButtons.style.left = Math.max(8, window.scrollX + r.left) + 'px';
  }

  function hideMarkButtons() {
    markButtons.hidden = true;
  }


  // --- the selection by keyboard ---
  // A reader without a mouse moves through the text by sentence and paragraph and stretches the
  // selection by sentence, line or word; the positions are page/offset pairs like the stored ones,
  // turned into a DOM selection, so S, R and C then work exactly as after a mouse selection.

  var segmenters = {};
  function segments(n, granularity) {
    var key = n + ':' + granularity;
    if (segments.cache[key]) {
      return segments.cache[key];
    }
    var text = texts.get(n) || '';
    var out = [];
    if (granularity === 'paragraph') {
      var re = /\S[\s\S]*?(?=\n[ \t]*\n|$)/g, m;
      while ((m = re.exec(text)) !== null) {
        out.push({ from: m.index, to: m.index + m[0].replace(/\s+$/, '').length });
      }
    } else if (granularity === 'line') {
      var at = 0;
      text.split('\n').forEach(function (line) {
        var lead = line.length - line.replace(/^\s+/, '').length;
        if (line.trim()) {
          out.push({ from: at + lead, to: at + line.replace(/\s+$/, '').length });
        }
        at += line.length + 1;
      });
    } else {
      // Line breaks inside a paragraph are not sentence ends (UAX 29 would cut at each): the
      // segmenter reads them as spaces; the offsets stay those of the page text.
      var flat = granularity === 'sentence' ? text.replace(/\n(?![ \t]*\n)/g, ' ') : text;
      segmenters[granularity] = segmenters[granularity] ||
        new Intl.Segmenter(document.documentElement.lang || 'en', { granularity: granularity });
      Array.from(segmenters[granularity].segment(flat)).forEach(function (sg) {
        if (granularity === 'word' && !sg.isWordLike) {
          return;
        }
        var lead = sg.segment.length - sg.segment.replace(/^\s+/, '').length;
        var body = sg.segment.trim();
        if (body) {
          out.push({ from: sg.index + lead, to: sg.index + lead + body.length });
        }
      });
    }
    segments.cache[key] = out;
    return out;
  }
  segments.cache = {};

  function before(a, b) { return a.page < b.page || (a.page === b.page && a.offset < b.offset); }

  function domPoint(page, offset) {
    var pre = textEl(page);
    var walker = document.createTreeWalker(pre, NodeFilter.SHOW_TEXT), node, seen = 0, last = null;
    while ((node = walker.nextNode())) {
      if (seen + node.nodeValue.length >= offset) {
        return [node, offset - seen];
      }
      seen += node.nodeValue.length;
      last = node;
    }
    return last ? [last, last.nodeValue.length] : [pre, 0];
  }

  var kbSel = null; // { anchor: {page, offset}, focus: {page, offset} } made by the keyboard

  function applySelection(anchor, focus) {
    kbSel = { anchor: anchor, focus: focus };
    var from = before(focus, anchor) ? focus : anchor;
    var to = from === focus ? anchor : focus;
    var a = domPoint(from.page, from.offset), b = domPoint(to.page, to.offset);
    var sel = window.getSelection();
    sel.removeAllRanges();
    var r = document.createRange();
    r.setStart(a[0], a[1]);
    r.setEnd(b[0], b[1]);
    sel.addRange(r);
    var el = b[0].nodeType === 1 ? b[0] : b[0].parentNode;
    el.scrollIntoView({ block: 'nearest' });
    announce(quoteOf(from, to));
  }

  function announce(text) {
    var live = document.getElementById('pc-kbd-live');
    if (live) {
      live.textContent = text.length > 200 ? text.slice(0, 199) + '…' : text;
    }
  }

  // The keyboard selection as it stands (a mouse selection counts too), else null.
  function keyboardSelection() {
    var sel = currentSelection();
    if (!sel) {
      kbSel = null;
      return null;
    }
    var start = { page: sel.startPage, offset: sel.startOffset };
    var end = { page: sel.endPage, offset: sel.endOffset };
    if (kbSel && samePoint(kbSel.anchor, end) && samePoint(kbSel.focus, start)) {
      return kbSel;
    }
    kbSel = { anchor: start, focus: end };
    return kbSel;
  }

  function samePoint(a, b) { return a.page === b.page && a.offset === b.offset; }

  // The first page on screen whose text is loaded: where a reader starts with the keyboard.
  function pageInView() {
    var shownPages = Array.from(shown).sort(function (a, b) { return a - b; });
    for (var i = 0; i < shownPages.length; i++) {
      var rect = section(shownPages[i]).getBoundingClientRect();
      if (rect.bottom > 0) {
        return shownPages[i];
      }
    }
    return shownPages.length ? shownPages[0] : null;
  }

  // The unit (sentence, paragraph, ...) after or before a point, crossing into the next or
  // previous page (loading it) when the point's page has none left.
  function unitNear(point, granularity, forward) {
    function onPage(n) {
      var list = segments(n, granularity);
      if (forward) {
        for (var i = 0; i < list.length; i++) {
          if (n > point.page || list[i].to > point.offset) {
            return { page: n, from: list[i].from, to: list[i].to };
          }
        }
      } else {
        for (var j = list.length - 1; j >= 0; j--) {
          if (n < point.page || list[j].from < point.offset) {
            return { page: n, from: list[j].from, to: list[j].to };
          }
        }
      }
      return null;
    }
    function look(n) {
      if (n < 1 || n > pageCount) {
        return Promise.resolve(null);
      }
      return loadPage(n).then(function () {
        return onPage(n) || look(forward ? n + 1 : n - 1);
      });
    }
    return look(point.page);
  }

  // ] [ } {: select the next or previous sentence or paragraph.
  function step(granularity, forward) {
    var current = keyboardSelection();
    var point;
    if (current) {
      var lo = before(current.focus, current.anchor) ? current.focus : current.anchor;
      var hi = lo === current.focus ? current.anchor : current.focus;
      point = forward ? hi : lo;
    } else {
      var n = pageInView();
      if (!n) {
        return;
      }
      // Nothing selected yet: the first sentence (or paragraph) of the page in view.
      point = { page: n, offset: -1 };
      forward = true;
    }
    unitNear(point, granularity, forward).then(function (u) {
      if (u) {
        applySelection({ page: u.page, offset: u.from }, { page: u.page, offset: u.to });
      }
    });
  }

  // . , Shift+arrows: the far end of the selection goes one sentence, line or word further or back.
  function stretch(granularity, forward) {
    var current = keyboardSelection();
    if (!current) {
      step(granularity === 'word' ? 'word' : 'sentence', true);
      return;
    }
    var anchor = current.anchor, focus = current.focus;
    if (forward) {
      unitNear(focus, granularity, true).then(function (u) {
        if (u) {
          applySelection(anchor, { page: u.page, offset: u.to });
        }
      });
    } else {
      unitNear(focus, granularity, false).then(function (u) {
        // Never shrink past the start: at least the first unit stays selected.
        if (u && before(anchor, { page: u.page, offset: u.from })) {
          applySelection(anchor, { page: u.page, offset: u.from });
        }
      });
    }
  }

  // --- passages by keyboard: j / k, e, Delete ---
  /** Puts the focus on the confirmation's Delete as soon as the dialog shows (it fades in). */
  /**
   * Puts the focus on the confirmation's Delete once it shows, and keeps it there until it has
   * stayed for a moment (a modal's focus trap or a late focus of the dialog's own could otherwise
   * move it to the title bar's close icon while the page is busy).
   */
  function focusConfirmation() {
    var deadline = Date.now() + 10000;
    var steady = 0;
    (function attempt() {
      var yes = document.querySelector(
        '.ui-confirm-dialog[aria-hidden=false] .ui-confirmdialog-yes, .ui-confirmdialog[aria-hidden=false] .ui-confirmdialog-yes');
      if (yes && yes.offsetParent !== null) {
        if (document.activeElement === yes) {
          steady++;
        } else if (steady === 0 || document.activeElement === document.body ||
            (document.activeElement && document.activeElement.closest('.ui-dialog-titlebar'))) {
          yes.focus();
        } else {
          return; // the reviewer moved on (Tab to Keep): leave the focus where they put it
        }
      }
      if (steady < 6 && Date.now() < deadline) {
        setTimeout(attempt, 50);
      }
    })();
  }

  function passageItems() {
    return Array.prototype.slice.call(document.querySelectorAll('#passage-list > li.pc-passage'));
  }

  var currentPassage = null; // the id of the passage j / k last reached

  function focusPassage(id, scrollText) {
    var li = document.getElementById('passage-' + id);
    if (!li) {
      return;
    }
    currentPassage = id;
    passageItems().forEach(function (x) { x.classList.toggle('pc-current', x === li); });
    li.setAttribute('tabindex', '-1');
    li.focus({ preventScroll: !scrollText });
    li.scrollIntoView({ block: 'nearest' });
    if (scrollText) {
      goTo(id);
    }
  }

  function movePassage(delta) {
    var items = passageItems();
    if (!items.length) {
      return;
    }
    var at = items.findIndex(function (li) { return li.dataset.annotation === String(currentPassage); });
    var next = at < 0 ? (delta > 0 ? 0 : items.length - 1) : Math.max(0, Math.min(items.length - 1, at + delta));
    focusPassage(parseInt(items[next].dataset.annotation, 10), true);
  }

  function passageInFocus() {
    var li = document.activeElement && document.activeElement.closest ? document.activeElement.closest('li.pc-passage') : null;
    return li ? li : (currentPassage ? document.getElementById('passage-' + currentPassage) : null);
  }

  // --- the shortcuts' help (?) ---

  var help = document.getElementById('pc-kbd-help');
  var helpReturn = null;
  function showHelp() {
    helpReturn = document.activeElement;
    help.hidden = false;
    help.querySelector('button').focus();
  }
  function hideHelp() {
    help.hidden = true;
    if (helpReturn && helpReturn.focus) {
      helpReturn.focus();
    }
  }
  if (help) {
    help.querySelector('button').addEventListener('click', hideHelp);
  }

  // --- details of a highlight ---

  function showPopover(ids, x, y) {
    popover.replaceChildren();
    ids.forEach(function (id) {
      var a = annotations.get(id);
      if (!a) {
        return;
      }
      var item = document.createElement('div');
      item.className = 'pc-popover-item';
      var head = document.createElement('div');
      var badge = document.createElement('span');
      badge.className = 'pc-stance-badge pc-stance-' + a.stance;
      badge.textContent = STANCE_LABEL[a.stance];
      head.appendChild(badge);
      item.appendChild(head);
      var list = document.createElement('ul');
      a.claimIds.forEach(function (c) {
        var li = document.createElement('li');
        li.textContent = claims[c] || ('Claim ' + c);
        list.appendChild(li);
      });
      item.appendChild(list);
      if (a.note) {
        var note = document.createElement('div');
        note.className = 'pc-note';
        note.textContent = a.note;
        item.appendChild(note);
      }
      var by = document.createElement('div');
      by.className = 'pc-byline';
      by.textContent = 'Marked by ' + a.author + ', ' + Pincite.when(a.createdAt) +
        (a.updatedBy !== a.author || a.updatedAt !== a.createdAt ? '; changed by ' + a.updatedBy + ', ' + Pincite.when(a.updatedAt) : '');
      item.appendChild(by);
      var actions = document.createElement('div');
      actions.className = 'pc-passage-actions';
      var inList = document.createElement('button');
      inList.type = 'button';
      inList.className = 'pc-link-button';
      inList.textContent = 'Show in list';
      inList.addEventListener('click', function () {
        hidePopover();
        var li = document.getElementById('passage-' + id);
        if (li) {
          li.scrollIntoView({ block: 'center' });
          flash([li]);
        }
      });
      actions.appendChild(inList);
      if (canMark) {
        var edit = document.createElement('button');
        edit.type = 'button';
        edit.className = 'pc-link-button pc-edit';
        edit.dataset.annotation = String(id);
        edit.textContent = 'Edit';
        actions.appendChild(edit);
      }
      item.appendChild(actions);
      popover.appendChild(item);
    });
    popover.hidden = false;
    popover.style.left = Math.min(x, window.scrollX + document.documentElement.clientWidth - 340) + 'px';
    popover.style.top = (y + 12) + 'px';
  }

  function hidePopover() {
    popover.hidden = true;
  }

  function flash(elements) {
    elements.forEach(function (el) {
      el.classList.remove('pc-flash');
      void el.offsetWidth;
      el.classList.add('pc-flash');
    });
  }

  function goTo(id) {
    var a = annotations.get(id);
    if (!a || a.orphaned) {
      return;
    }
    section(a.startPage).scrollIntoView({ block: 'start' });
    loadPage(a.startPage).then(function () {
      var marks = root.querySelectorAll('[data-annotations]');
      var mine = Array.prototype.filter.call(marks, function (m) {
        return m.dataset.annotations.split(',').indexOf(String(id)) >= 0;
      });
      if (mine.length) {
        mine[0].scrollIntoView({ block: 'center' });
        flash(mine);
      }
    });
  }

  // --- redactions: words or a box blacked out of the produced copy ---
  // Drawn outlined (the reviewer still reads what is under them); the produced copy burns them in.

  var redactDialog = document.getElementById('pc-redact-dialog');
  var redactTarget = null; // {startPage, ...} words, or {page, box} a box, waiting for its reason
  var redactReturn = null;
  var draft = null; // the box being drawn: {page, x, y, w, h, el}
  var drawButton = document.getElementById('pc-draw-box');

  function csrf() {
    var meta = document.querySelector('meta[name=csrf-token]');
    return meta ? meta.content : '';
  }

  function send(method, url, body) {
    var headers = { Accept: 'application/json', 'X-CSRF-Token': csrf() };
    if (body) {
      headers['Content-Type'] = 'application/json';
    }
    return fetch(url, { method: method, credentials: 'same-origin', headers: headers, body: body ? JSON.stringify(body) : undefined })
      .then(function (r) {
        if (r.ok) {
          return r.status === 204 ? null : r.json();
        }
        return r.json().catch(function () { return {}; }).then(function (problem) {
          throw new Error(problem.error || ('the server answered ' + r.status));
        });
      });
  }

  function loadRedactions() {
    return getJson(api + '/documents/' + docId + '/redactions').then(function (list) {
      redactions = Array.isArray(list) ? list : [];
      renderRedactionList();
      return Promise.all(Array.from(texts.keys()).map(renderHighlights));
    }).catch(function (err) { console.warn('Redactions not loaded: ' + err.message); });
  }

  /** The characters of page n's text that redacted words cover: [{from, to, id, reasonLabel}]. */
  function redactedRanges(n, length) {
    return redactions.filter(function (r) {
      return r.shape === 'WORDS' && r.startPage <= n && r.endPage >= n;
    }).map(function (r) {
      return {
        from: r.startPage === n ? r.startOffset : 0,
        to: r.endPage === n ? r.endOffset : length,
        id: r.id,
        reasonLabel: r.reasonLabel
      };
    });
  }

  function renderRedactionBoxes(n) {
    var layer = section(n).querySelector('.pc-redaction-layer');
    if (!layer) {
      return;
    }
    layer.querySelectorAll('.pc-redaction-box').forEach(function (el) { el.remove(); });
    redactions.forEach(function (r) {
      r.marks.filter(function (m) { return m.page === n; }).forEach(function (m) {
        var el = document.createElement('div');
        el.className = 'pc-redaction-box' + (r.shape === 'BOX' ? ' pc-redaction-drawn' : '');
        el.dataset.redaction = r.id;
        el.style.left = (m.x * 100) + '%';
        el.style.top = (m.y * 100) + '%';
        el.style.width = (m.w * 100) + '%';
        el.style.height = (m.h * 100) + '%';
        el.title = 'Redacted (' + r.reasonLabel + ') by ' + r.createdBy;
        layer.appendChild(el);
      });
    });
  }

  function renderRedactionList() {
    var list = document.getElementById('redaction-list');
    var empty = document.getElementById('no-redactions');
    if (!list) {
      return;
    }
    list.replaceChildren();
    if (empty) {
      empty.hidden = redactions.length > 0;
    }
    redactions.forEach(function (r) {
      var li = document.createElement('li');
      li.className = 'pc-redaction';
      li.id = 'redaction-' + r.id;
      var head = document.createElement('div');
      var badge = document.createElement('span');
      badge.className = 'pc-redaction-badge';
      badge.textContent = r.reasonLabel;
      head.appendChild(badge);
      head.appendChild(document.createTextNode(' '));
      var at = document.createElement('a');
      var page = r.shape === 'BOX' ? r.page : r.startPage;
      at.href = '#page-' + page;
      at.className = 'pc-redaction-goto';
      at.textContent = r.shape === 'BOX' ? 'Box on p. ' + page
        : 'p. ' + r.startPage + (r.endPage !== r.startPage ? '\u2013' + r.endPage : '');
      head.appendChild(at);
      li.appendChild(head);
      if (r.quote) {
        var q = document.createElement('blockquote');
        q.className = 'pc-quote';
        q.textContent = r.quote.length > 200 ? r.quote.slice(0, 199) + '\u2026' : r.quote;
        li.appendChild(q);
      }
      var by = document.createElement('div');
      by.className = 'pc-byline';
      by.textContent = r.createdBy + ' \u00b7 ' + Pincite.when(r.createdAt);
      li.appendChild(by);
      if (canMark) {
        var remove = document.createElement('button');
        remove.type = 'button';
        remove.className = 'pc-link-button pc-redaction-remove';
        remove.dataset.redaction = r.id;
        remove.textContent = 'Remove';
        remove.setAttribute('aria-label', 'Remove the redaction ' + at.textContent);
        li.appendChild(remove);
      }
      list.appendChild(li);
    });
  }

  function redactDialogOpen() {
    return redactDialog && !redactDialog.hidden;
  }

  function openRedactDialog(target, what) {
    hideMarkButtons();
    redactTarget = target;
    redactReturn = document.activeElement;
    document.getElementById('pc-redact-what').textContent = what;
    document.getElementById('pc-redact-error').textContent = '';
    redactDialog.hidden = false;
    var radios = redactDialog.querySelectorAll('input[type=radio]');
    var checked = redactDialog.querySelector('input[type=radio]:checked') || radios[0];
    if (checked) {
      checked.checked = true;
      checked.focus();
    }
  }

  function closeRedactDialog() {
    redactDialog.hidden = true;
    redactTarget = null;
    clearDraft();
    if (redactReturn && redactReturn.focus && document.contains(redactReturn)) {
      redactReturn.focus();
    }
  }

  function startRedactWords(sel) {
    openRedactDialog(
      { startPage: sel.startPage, startOffset: sel.startOffset, endPage: sel.endPage, endOffset: sel.endOffset, quote: sel.quote },
      '\u201c' + (sel.quote.length > 200 ? sel.quote.slice(0, 199) + '\u2026' : sel.quote) + '\u201d');
  }

  function saveRedaction() {
    var reason = redactDialog.querySelector('input[type=radio]:checked');
    if (!redactTarget || !reason) {
      return;
    }
    var body = Object.assign({ reason: reason.value }, redactTarget);
    send('POST', api + '/documents/' + docId + '/redactions', body).then(function (made) {
      redactReturn = null;
      closeRedactDialog();
      window.getSelection().removeAllRanges();
      announce('Redacted (' + made.reasonLabel + ')');
      return loadRedactions().then(function () {
        var li = document.getElementById('redaction-' + made.id);
        if (li) {
          li.setAttribute('tabindex', '-1');
          li.focus();
        }
      });
    }).catch(function (err) {
      document.getElementById('pc-redact-error').textContent = err.message;
    });
  }

  function removeRedaction(id) {
    send('DELETE', api + '/redactions/' + id).then(function () {
      announce('Redaction removed');
      return loadRedactions();
    }).then(function () {
      document.getElementById('redactions-heading').focus();
    }).catch(function (err) {
      announce('The redaction was not removed: ' + err.message);
    });
  }

  // Drawing a box: drag on a page image, or B then the arrow keys.
  function setDrawMode(on) {
    if (drawButton) {
      drawButton.setAttribute('aria-pressed', on ? 'true' : 'false');
    }
    root.classList.toggle('pc-drawing', on);
  }

  function clearDraft() {
    if (draft && draft.el) {
      draft.el.remove();
    }
    draft = null;
    setDrawMode(false);
  }

  function placeDraft() {
    var el = draft.el;
    el.style.left = (draft.x * 100) + '%';
    el.style.top = (draft.y * 100) + '%';
    el.style.width = (draft.w * 100) + '%';
    el.style.height = (draft.h * 100) + '%';
  }

  function newDraft(page, box) {
    clearDraft();
    setDrawMode(true);
    var layer = section(page).querySelector('.pc-redaction-layer');
    var el = document.createElement('div');
    el.className = 'pc-redaction-draft';
    el.tabIndex = 0;
    el.setAttribute('role', 'application');
    el.setAttribute('aria-label', 'Redaction box on page ' + page +
      ': arrow keys move it, Shift and arrow keys size it, Enter redacts, Escape cancels');
    layer.appendChild(el);
    draft = { page: page, x: box.x, y: box.y, w: box.w, h: box.h, el: el };
    placeDraft();
    el.addEventListener('keydown', draftKey);
    return el;
  }

  function startDraftBox() {
    var n = pageInView() || 1;
    loadPage(n).then(function () {
      newDraft(n, { x: 0.1, y: 0.1, w: 0.3, h: 0.05 }).focus();
      announce('Redaction box on page ' + n + ': arrow keys move it, Shift and arrow keys size it, Enter redacts');
    });
  }

  function confirmDraft() {
    var d = draft;
    if (!d || d.w < 0.002 || d.h < 0.002) {
      clearDraft();
      return;
    }
    openRedactDialog(
      { page: d.page, box: { x: round(d.x), y: round(d.y), w: round(d.w), h: round(d.h) } },
      'A box on page ' + d.page + ' (' + Math.round(d.w * 100) + '% \u00d7 ' + Math.round(d.h * 100) + '% of the page)');
  }

  function round(v) { return Math.round(v * 100000) / 100000; }

  function draftKey(e) {
    var step = 0.01;
    var d = draft;
    if (!d) {
      return;
    }
    var handled = true;
    if (e.key === 'Enter') {
      confirmDraft();
    } else if (e.key === 'Escape') {
      clearDraft();
      if (drawButton) {
        drawButton.focus();
      }
    } else if (e.key.indexOf('Arrow') === 0) {
      var dx = e.key === 'ArrowRight' ? step : e.key === 'ArrowLeft' ? -step : 0;
      var dy = e.key === 'ArrowDown' ? step : e.key === 'ArrowUp' ? -step : 0;
      if (e.shiftKey) {
        d.w = Math.max(step, Math.min(1 - d.x, d.w + dx));
        d.h = Math.max(step, Math.min(1 - d.y, d.h + dy));
      } else {
        d.x = Math.max(0, Math.min(1 - d.w, d.x + dx));
        d.y = Math.max(0, Math.min(1 - d.h, d.y + dy));
      }
      placeDraft();
    } else {
      handled = false;
    }
    if (handled) {
      e.preventDefault();
      e.stopPropagation();
    }
  }

  function fractionAt(img, e) {
    var r = img.getBoundingClientRect();
    return {
      x: Math.max(0, Math.min(1, (e.clientX - r.left) / r.width)),
      y: Math.max(0, Math.min(1, (e.clientY - r.top) / r.height))
    };
  }

  root.addEventListener('mousedown', function (e) {
    var frame = canMark && isPdf && root.classList.contains('pc-drawing') && e.target.closest('.pc-page-image');
    if (!frame || e.button !== 0) {
      return;
    }
    e.preventDefault();
    var img = frame.querySelector('img');
    var page = parseInt(img.dataset.page, 10);
    var start = fractionAt(img, e);
    newDraft(page, { x: start.x, y: start.y, w: 0, h: 0 });
    function move(ev) {
      var at = fractionAt(img, ev);
      draft.x = Math.min(start.x, at.x);
      draft.y = Math.min(start.y, at.y);
      draft.w = Math.abs(at.x - start.x);
      draft.h = Math.abs(at.y - start.y);
      placeDraft();
    }
    function up(ev) {
      document.removeEventListener('mousemove', move);
      document.removeEventListener('mouseup', up);
      move(ev);
      confirmDraft();
    }
    document.addEventListener('mousemove', move);
    document.addEventListener('mouseup', up);
  });

  if (drawButton) {
    drawButton.addEventListener('click', function () {
      if (root.classList.contains('pc-drawing')) {
        clearDraft();
      } else {
        startDraftBox();
      }
    });
  }
  if (redactDialog) {
    document.getElementById('pc-redact-save').addEventListener('click', saveRedaction);
    document.getElementById('pc-redact-cancel').addEventListener('click', closeRedactDialog);
    redactDialog.addEventListener('keydown', function (e) {
      if (e.key === 'Enter' && e.target.matches('input[type=radio]')) {
        e.preventDefault();
        saveRedaction();
      } else if (e.key === 'Tab') {
        // Keep the focus in the dialog while it is open.
        var stops = Array.prototype.slice.call(redactDialog.querySelectorAll('input[type=radio]:checked, button'));
        var at = stops.indexOf(document.activeElement);
        if (e.shiftKey && at <= 0) {
          e.preventDefault();
          stops[stops.length - 1].focus();
        } else if (!e.shiftKey && at === stops.length - 1) {
          e.preventDefault();
          stops[0].focus();
        }
      }
    });
  }
  document.addEventListener('click', function (e) {
    var remove = e.target.closest('.pc-redaction-remove');
    if (remove) {
      removeRedaction(remove.dataset.redaction);
    }
  });

  // --- wiring ---

  var observer = new IntersectionObserver(function (entries) {
    entries.forEach(function (e) {
      if (e.isIntersecting) {
        loadPage(parseInt(e.target.dataset.page, 10));
      }
    });
  }, { rootMargin: '1200px 0px' });
  root.querySelectorAll('section.pc-page').forEach(function (s) { observer.observe(s); });

  document.addEventListener('keydown', function (e) {
    if (redactDialogOpen()) {
      if (e.key === 'Escape') {
        closeRedactDialog();
        e.preventDefault();
      }
      return;
    }
    if (e.key === 'Escape') {
      hidePopover();
      hideMarkButtons();
      if (help && !help.hidden) {
        hideHelp();
      }
      return;
    }
    if (e.ctrlKey || e.metaKey || e.altKey || typing(e.target) || dialogOpen() ||
        document.querySelector('.ui-confirm-dialog[aria-hidden=false], .ui-confirmdialog[aria-hidden=false]')) {
      return;
    }
    if (e.target.closest && e.target.closest('a[href], [role=button]') && (e.key === 'Enter' || e.key === ' ')) {
      return; // a focused link or button does its own thing
    }
    if (help && !help.hidden) {
      return;
    }
    var handled = true;
    switch (e.key) {
      case '?': showHelp(); break;
      case ']': step('sentence', true); break;
      case '[': step('sentence', false); break;
      case '}': step('paragraph', true); break;
      case '{': step('paragraph', false); break;
      case '.': stretch('sentence', true); break;
      case ',': stretch('sentence', false); break;
      case 'x': case 'X': {
        var words = canMark && currentSelection();
        if (words) {
          startRedactWords(words);
        } else {
          handled = false;
        }
        break;
      }
      case 'b': case 'B':
        if (canMark && isPdf) {
          startDraftBox();
        } else {
          handled = false;
        }
        break;
      case 'j': movePassage(1); break;
      case 'k': movePassage(-1); break;
      case 'ArrowRight': case 'ArrowLeft': case 'ArrowDown': case 'ArrowUp':
        if (!e.shiftKey || !keyboardSelection()) {
          handled = false;
          break;
        }
        stretch(e.key === 'ArrowRight' || e.key === 'ArrowLeft' ? 'word' : 'line',
          e.key === 'ArrowRight' || e.key === 'ArrowDown');
        break;
      case 'e': case 'E': {
        var li = canMark && passageInFocus();
        if (li) {
          dialogReturn = li;
          window.pcStartEdit([{ name: 'id', value: li.dataset.annotation }]);
        } else {
          handled = false;
        }
        break;
      }
      case 'Delete': {
        var gone = canMark && passageInFocus();
        var del = gone && gone.querySelector('.pc-delete');
        if (del) {
          del.click();
          focusConfirmation();
        } else {
          handled = false;
        }
        break;
      }
      default: {
        var stance = canMark && KEYS[e.key.toLowerCase()];
        var sel = stance && currentSelection();
        if (sel) {
          startMark(sel, stance);
        } else {
          handled = false;
        }
      }
    }
    if (handled) {
      e.preventDefault();
    }
  });

  document.addEventListener('mouseup', function (e) {
    if (!canMark || markButtons.contains(e.target) || popover.contains(e.target)) {
      return;
    }
    setTimeout(function () {
      var sel = currentSelection();
      if (sel) {
        showMarkButtons(sel);
      } else {
        hideMarkButtons();
      }
    }, 0);
  });

  document.addEventListener('selectionchange', function () {
    var sel = window.getSelection();
    if (!sel || sel.isCollapsed) {
      hideMarkButtons();
    }
  });

  markButtons.addEventListener('mousedown', function (e) { e.preventDefault(); });
  markButtons.addEventListener('click', function (e) {
    var b = e.target.closest('button[data-stance]');
    if (b && pending) {
      startMark(pending, b.dataset.stance);
    }
    if (e.target.closest('button[data-redact]') && pending) {
      startRedactWords(pending);
    }
  });

  document.addEventListener('click', function (e) {
    var edit = e.target.closest('.pc-edit');
    if (edit) {
      hidePopover();
      dialogReturn = edit.closest('li.pc-passage');
      window.pcStartEdit([{ name: 'id', value: edit.dataset.annotation }]);
      return;
    }
    var go = e.target.closest('.pc-goto');
    if (go) {
      e.preventDefault();
      goTo(parseInt(go.dataset.annotation, 10));
      return;
    }
    var marked = e.target.closest('[data-annotations]');
    if (marked && root.contains(marked) && window.getSelection().isCollapsed) {
      showPopover(marked.dataset.annotations.split(',').map(Number), e.pageX, e.pageY);
      return;
    }
    if (!popover.contains(e.target)) {
      hidePopover();
    }
  });


  // --- the mark dialog's claim filter: type to narrow the tree, arrows and Space to tick ---

  function claimRows() {
    return Array.prototype.slice.call(document.querySelectorAll('.pc-mark-dialog .pc-claim-choices tr'));
  }

  function filterClaims(q) {
    var words = q.toLowerCase().split(/\s+/).filter(Boolean);
    var rows = claimRows();
    // The labels are indented with em spaces, one per level below a count or defence.
    var depthOf = function (tr) { return (tr.textContent.match(/^\s*?(\u2003*)/) || ['', ''])[1].length; };
    var match = rows.map(function (tr) {
      var label = tr.textContent.toLowerCase();
      return words.every(function (w) { return label.indexOf(w) >= 0; });
    });
    // A claim stays in sight when it matches or something below it does (the tree keeps its shape).
    var keep = match.slice();
    for (var i = rows.length - 1; i >= 0; i--) {
      if (!keep[i]) {
        continue;
      }
      var d = depthOf(rows[i]);
      for (var j = i - 1; j >= 0 && d > 0; j--) {
        if (depthOf(rows[j]) < d) {
          keep[j] = true;
          d = depthOf(rows[j]);
        }
      }
    }
    rows.forEach(function (tr, k) { tr.hidden = !keep[k]; });
    var count = document.getElementById('pc-claim-count');
    if (count) {
      count.textContent = words.length ? match.filter(Boolean).length + ' of ' + rows.length + ' claims match' : '';
    }
  }

  function visibleBoxes() {
    return claimRows().filter(function (tr) { return !tr.hidden; }).map(function (tr) {
      return tr.querySelector('input[type=checkbox]');
    }).filter(Boolean);
  }

  document.addEventListener('input', function (e) {
    if (e.target.id === 'pc-claim-filter') {
      filterClaims(e.target.value);
    }
  });

  document.addEventListener('keydown', function (e) {
    var filter = document.getElementById('pc-claim-filter');
    if (!filter || !e.target.closest || !e.target.closest('.pc-mark-dialog')) {
      return;
    }
    var boxes = visibleBoxes();
    var onBox = e.target.matches && e.target.matches('.pc-claim-choices input[type=checkbox]');
    if (e.target === filter && e.key === 'ArrowDown' && boxes.length) {
      e.preventDefault();
      boxes[0].focus();
    } else if (e.target === filter && e.key === 'Enter') {
      e.preventDefault(); // Enter in the filter never submits the dialog
      if (boxes.length === 1) {
        boxes[0].click();
      }
    } else if (onBox && (e.key === 'ArrowDown' || e.key === 'ArrowUp')) {
      e.preventDefault();
      var at = boxes.indexOf(e.target) + (e.key === 'ArrowDown' ? 1 : -1);
      (at < 0 ? filter : boxes[Math.min(at, boxes.length - 1)]).focus();
    } else if (onBox && e.key.length === 1 && e.key !== ' ' && !e.ctrlKey && !e.metaKey && !e.altKey) {
      filter.focus(); // typing goes on narrowing the list
    }
  });

  window.Pincite = window.Pincite || {};
  window.Pincite.viewer = {
    /** Reloads the passages and redraws the highlights of the pages already shown. */
    refresh: function () {
      return loadAnnotations().then(function () {
        return Promise.all(Array.from(texts.keys()).map(renderHighlights));
      });
    },
    afterSave: function (args) {
      if (args && args.saved) {
        PF('markDialog').hide();
        hideMarkButtons();
        window.getSelection().removeAllRanges();
        kbSel = null;
        var id = args.annotationId;
        window.Pincite.viewer.refresh();
        if (id) {
          // Focus goes to the saved passage at once (not to <body>), before the highlights redraw.
          focusPassage(id, false);
        }
      }
    },
    /**
     * The mark dialog closed (Escape, Cancel or Save): the focus must not stay on a hidden field or
     * fall to <body>, so it goes back to the passage in hand, else to where it was before.
     */
    dialogClosed: function (widget) {
      // PrimeFaces refocuses what had the focus when the dialog opened 100 ms after onHide: by then
      // the reviewer may have moved on (k, j), and the focus would jump back. Where the focus goes
      // is decided here instead, once.
      var settled = function () {
        if (widget) {
          widget.focusedElementBeforeDialogOpened = null;
        }
      };
      var dialog = document.querySelector('.pc-mark-dialog');
      var at = document.activeElement;
      if (at && at !== document.body && !(dialog && dialog.contains(at))) {
        settled();
        return; // already somewhere useful (Save puts it on the saved passage)
      }
      var back = dialogReturn && dialogReturn !== document.body && document.contains(dialogReturn)
        ? dialogReturn : (currentPassage ? document.getElementById('passage-' + currentPassage) : null);
      dialogReturn = null;
      if (back) {
        if (back.matches('li.pc-passage')) {
          back.setAttribute('tabindex', '-1');
        }
        back.focus({ preventScroll: true });
        settled();
      }
    },
    dialogOpened: function () {
      showLines(document.getElementById('dialog-lines'), marking);
      var filter = document.getElementById('pc-claim-filter');
      document.querySelectorAll('.pc-mark-dialog .pc-claim-choices input[type=checkbox]').forEach(function (b) {
        b.tabIndex = -1; // reached with the arrows from the filter; Tab goes on to the note
      });
      if (filter) {
        filter.value = '';
        filterClaims('');
        filter.focus();
      }
    },
    /** The selection as the marks would store it (page/offset pairs and the quote), or null. */
    selection: function () { return currentSelection(); },
    /** For tests and links: the text of a page once shown. */
    pageText: function (n) { return texts.get(n); },
    /** Draws the designations again, after one was made, changed or removed. */
    reloadDesignations: function () { return loadDesignations(); },
    /**
     * Writes the first and last lines the selection touches ("3:25", "4:2") into the fields with
     * the ids given; false when nothing on numbered lines is selected.
     */
    fillLines: function (fromId, toId) {
      var sel = currentSelection();
      var ends = sel ? lineEnds(sel) : null;
      if (!ends) {
        return false;
      }
      document.getElementById(fromId).value = ends.first.page + ':' + ends.first.number;
      document.getElementById(toId).value = ends.last.page + ':' + ends.last.number;
      return true;
    },
    /** For tests: the page:line range the current selection would cite, or null. */
    selectionLines: function () { var sel = currentSelection(); return sel ? linesOf(sel) : null; },
    loadedPages: function () { return Array.from(shown); },
    /** For tests: the redactions as last loaded. */
    redactions: function () { return redactions; }
  };

  loadDesignations();
  loadRedactions();
  loadAnnotations().then(function () {
    var passage = parseInt(root.dataset.passage, 10);
    var page = parseInt(root.dataset.startPage, 10);
    if (passage) {
      goTo(passage);
    } else if (page >= 1 && page <= pageCount && !openedAtHit) {
      section(page).scrollIntoView({ block: 'start' });
    }
  });
})();
