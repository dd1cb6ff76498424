package io.github.liaisonsdk.jdbc;

import java.io.PrintWriter;
import java.lang.reflect.InvocationHandler;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Proxy;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.SQLFeatureNotSupportedException;
import java.sql.Statement;
import java.util.Queue;
import java.util.logging.Logger;
import javax.sql.DataSource;

/** A data source that keeps the text of every statement prepared or executed on its connections. */
final class RecordingDataSource implements DataSource {
  private final DataSource target;
  private final Queue<String> statements;
  private volatile boolean recording = true;

  /**
   * @param target the data source recorded
   * @param into where the statements go, perhaps shared with other recorders
   */
  RecordingDataSource(DataSource target, Queue<String> into) {
    this.target = target;
    this.statements = into;
  }

  /** Runs work whose statements are not kept: the schema's migrations, which are the database's, not a school's. */
  void unrecorded(Runnable work) {
    recording = false;
    try {
      work.run();
    } finally {
      recording = true;
    }
  }

  private void keep(String sql) {
    if (recording) {
      statements.add(sql);
    }
  }

  @Override
  public Connection getConnection() throws SQLException {
    return recording(target.getConnection());
  }

  @Override
  public Connection getConnection(String username, String password) throws SQLException {
    return recording(target.getConnection(username, password));
  }

  private Connection recording(Connection connection) {
    return proxy(
        Connection.class,
        connection,
        (method, args) -> {
          String name = method.getName();
          if ((name.equals("prepareStatement") || name.equals("prepareCall"))
              && args[0] instanceof String sql) {
            keep(sql);
          }
          Object result = method.invoke(connection, args);
          if (result instanceof Statement statement && name.equals("createStatement")) {
            return proxy(
                Statement.class,
                statement,
                (m, a) -> {
                  if ((m.getName().startsWith("execute") || m.getName().equals("addBatch"))
                      && a != null
                      && a.length > 0
                      && a[0] instanceof String sql) {
                    keep(sql);
                  }
                  return m.invoke(statement, a);
                });
          }
          return result;
        });
  }

  private interface Call {
    Object invoke(java.lang.reflect.Method method, Object[] args) throws Exception;
  }

  private static <T> T proxy(Class<T> type, T target, Call call) {
    InvocationHandler handler =
        (p, method, args) -> {
          try {
            return call.invoke(method, args);
          } catch (InvocationTargetException e) {
            throw e.getCause();
          }
        };
    return type.cast(
        Proxy.newProxyInstance(
            RecordingDataSource.class.getClassLoader(), new Class<?>[] {type}, handler));
  }

  @Override
  public PrintWriter getLogWriter() throws SQLException {
    return target.getLogWriter();
  }

  @Override
  public void setLogWriter(PrintWriter out) throws SQLException {
    target.setLogWriter(out);
  }

  @Override
  public void setLoginTimeout(int seconds) throws SQLException {
    target.setLoginTimeout(seconds);
  }

  @Override
  public int getLoginTimeout() throws SQLException {
    return target.getLoginTimeout();
  }

  @Override
  public Logger getParentLogger() throws SQLFeatureNotSupportedException {
    return target.getParentLogger();
  }

  @Override
  public <T> T unwrap(Class<T> iface) throws SQLException {
    return target.unwrap(iface);
  }

  @Override
  public boolean isWrapperFor(Class<?> iface) throws SQLException {
    return target.isWrapperFor(iface);
  }
}
