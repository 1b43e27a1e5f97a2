/**
 * Application services: each public method is one transaction and one use case of the UI or the
 * API. Web code calls these, never the repositories.
 */
package org.pincite.service;
