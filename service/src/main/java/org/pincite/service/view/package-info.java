/**
 * Read models the services hand to pages and the API: plain records built inside the transaction,
 * so nothing above the services touches a lazy association.
 */
package org.pincite.service.view;
