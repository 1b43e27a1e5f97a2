package org.pincite.web.api;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonObject;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.pincite.web.testing.Api;
import org.pincite.web.testing.TestMatter;

/**
 * {@code POST /api/backups} on the running test server, while the other classes work on it: the
 * database and the originals land in a directory of their own; a paralegal is refused.
 */
class BackupApiIT {
  @Test
  void anAdministratorBacksUpTheRunningServerAndAParalegalIsRefused() throws Exception {
    TestMatter matter = TestMatter.small("backup");
    HttpResponse<String> taken = matter.admin().post("api/backups", "");
    assertEquals(201, taken.statusCode(), taken.body());
    JsonObject backup = Api.object(taken);
    Path directory = Path.of(backup.getString("directory"));
    assertTrue(Files.isRegularFile(directory.resolve(backup.getString("databaseFile"))));
    assertTrue(backup.getInt("originals") >= 1, taken.body());
    String sha256 = matter.detail().getJsonArray("documents").getJsonObject(0).getString("sha256");
    assertTrue(
        Files.isRegularFile(
            directory
                .resolve("originals")
                .resolve(sha256.substring(0, 2))
                .resolve(sha256.substring(2, 4))
                .resolve(sha256)),
        "the matter's original is in the backup");
    assertEquals(403, matter.paralegal().post("api/backups", "").statusCode());
  }
}
