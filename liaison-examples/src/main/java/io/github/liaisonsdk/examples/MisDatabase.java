package io.github.liaisonsdk.examples;

import io.github.liaisonsdk.basics.SchoolId;
import io.github.liaisonsdk.jdbc.JdbcSchoolStores;
import io.github.liaisonsdk.jdbc.JdbcStores;
import io.github.liaisonsdk.port.LiaisonStore;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import javax.sql.DataSource;
import org.h2.jdbcx.JdbcDataSource;
import org.postgresql.ds.PGSimpleDataSource;

/**
 * The service's database on the JDBC adapter, migrated when opened: an H2 file (the default) or PostgreSQL. A vendor
 * puts its own connection pool in front; the example opens connections as it goes.
 *
 * <p>Thread-safe.
 */
final class MisDatabase implements AutoCloseable {
  private final DataSource dataSource;
  private final JdbcSchoolStores stores;
  private final String description;
  private final boolean h2;

  private MisDatabase(DataSource dataSource, String description, boolean h2) {
    this.dataSource = dataSource;
    this.description = description;
    this.h2 = h2;
    this.stores = JdbcStores.builder(dataSource).build();
    stores.migrate();
  }

  /**
   * An H2 database in a file, created if absent.
   *
   * @param file the file's path without H2's {@code .mv.db} suffix
   */
  static MisDatabase h2File(Path file) {
    ownerOnlyFolder(file.toAbsolutePath().getParent());
    JdbcDataSource dataSource = new JdbcDataSource();
    // Kept open between connections until close(): without a pool, H2 would reopen the file for
    // every operation.
    dataSource.setURL(
        "jdbc:h2:file:" + file.toAbsolutePath() + ";DB_CLOSE_DELAY=-1;TRACE_LEVEL_FILE=0");
    return new MisDatabase(dataSource, "H2 file " + file.toAbsolutePath() + ".mv.db", true);
  }

  /**
   * The database's folder, created readable by its owner only where the file system has POSIX permissions: the file
   * holds confidential text, and H2 writes it with the process's default mode. A folder that exists is left as it is.
   */
  private static void ownerOnlyFolder(Path folder) {
    if (folder == null || java.nio.file.Files.exists(folder)) {
      return;
    }
    try {
      if (folder.getFileSystem().supportedFileAttributeViews().contains("posix")) {
        java.nio.file.Files.createDirectories(
            folder,
            java.nio.file.attribute.PosixFilePermissions.asFileAttribute(
                java.nio.file.attribute.PosixFilePermissions.fromString("rwx------")));
      } else {
        java.nio.file.Files.createDirectories(folder);
      }
    } catch (java.io.IOException e) {
      throw new java.io.UncheckedIOException("could not create the database's folder " + folder, e);
    }
  }

  /** PostgreSQL at a JDBC URL; the description names neither the URL nor the credentials. */
  static MisDatabase postgres(String url, String user, String password) {
    PGSimpleDataSource dataSource = new PGSimpleDataSource();
    dataSource.setURL(url);
    if (user != null) {
      dataSource.setUser(user);
    }
    if (password != null) {
      dataSource.setPassword(password);
    }
    return new MisDatabase(dataSource, "PostgreSQL (LIAISON_JDBC_URL)", false);
  }

  LiaisonStore school(SchoolId school) {
    return stores.school(school);
  }

  /** Closes an H2 file, so it is complete on disk and another process (or a restart) may open it. */
  @Override
  public void close() {
    if (!h2) {
      return;
    }
    try (Connection connection = dataSource.getConnection();
        Statement statement = connection.createStatement()) {
      statement.execute("SHUTDOWN");
    } catch (SQLException e) {
      // Closed already, or never opened: nothing is left to write.
    }
  }

  @Override
  public String toString() {
    return description;
  }
}
