/**
 * The installation's settings: {@link org.pincite.service.settings.PinciteSettings} reads them
 * (environment variables bound in server.xml as JNDI entries) and produces the objects built from
 * them (the originals store, the page-image cache, the clock the services read); {@link
 * org.pincite.service.settings.SettingsValidator} checks each one ({@link
 * org.pincite.service.settings.Setting}), and {@link org.pincite.service.settings.StartupCheck}
 * does so first at start-up, logs one ERROR line when one is wrong and keeps the rest of the
 * start-up from running.
 */
package org.pincite.service.settings;
