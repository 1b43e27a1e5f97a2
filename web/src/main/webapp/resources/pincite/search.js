/*
 * search.xhtml keeps its state in the address: the words, the filters and the page of hits, so
 * that Back, reload and a shared link show the same results. A new search or filter is a new
 * address (one history entry); paging replaces the page number in place.
 */
(function () {
  'use strict';
  window.Pincite = window.Pincite || {};
  window.Pincite.search = {
    /** After a filter changed (by Ajax): load the results at the address that says so. */
    go: function () {
      document.getElementById('search:go').click();
    },
    /** The table shows page n of the hits: the address says so too. */
    pageShown: function (n) {
      var url = new URL(window.location.href);
      if (n > 1) {
        url.searchParams.set('page', String(n));
      } else {
        url.searchParams.delete('page');
      }
      window.history.pushState(null, '', url.toString());
    }
  };
  // Back to an address pushed by paging: show what that address says.
  window.addEventListener('popstate', function () {
    window.location.reload();
  });
})();
