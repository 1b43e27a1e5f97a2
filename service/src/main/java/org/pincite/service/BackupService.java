package org.pincite.service;

import jakarta.annotation.Resource;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.sql.SQLException;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.logging.Logger;
import javax.sql.DataSource;
import org.pincite.domain.user.Role;
import org.pincite.service.backup.OnlineBackup;
import org.pincite.service.settings.PinciteSettings;
import org.pincite.service.store.OriginalStore;

/**
 * A consistent backup of the running installation (administrators), into {@code backups/<time>}
 * under the data directory: see {@code service.backup} and the README's "Backups".
 */
@Stateless
@RolesAllowed(Role.ADMIN_NAME)
public class BackupService {
  private static final Logger LOG = Logger.getLogger(BackupService.class.getName());
  private static final DateTimeFormatter NAME = DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss-SSS");

  @Resource(lookup = "jdbc/pincite")
  DataSource dataSource;

  @Inject PinciteSettings settings;
  @Inject OriginalStore store;

  // Outside a transaction: H2's BACKUP and pg_dump each take their own consistent view.
  @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
  public OnlineBackup.Taken backup() {
    try {
      OnlineBackup.Taken taken =
          OnlineBackup.take(
              dataSource,
              System.getenv("PINCITE_DB_PASSWORD"),
              store,
              settings
                  .dataDirectory()
                  .resolve("backups")
                  .resolve(NAME.format(ZonedDateTime.now(ZoneOffset.UTC))));
      LOG.info(() -> "Backup taken: " + taken);
      return taken;
    } catch (IOException e) {
      throw new UncheckedIOException("The backup failed: " + e.getMessage(), e);
    } catch (SQLException e) {
      throw new IllegalStateException("The backup failed: " + e.getMessage(), e);
    }
  }
}
