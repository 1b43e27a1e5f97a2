/**
 * The installation's settings (environment variables bound in server.xml) and the CDI producers of
 * the objects built from them (the originals store, the page-image cache).
 */
package org.pincite.service.settings;
