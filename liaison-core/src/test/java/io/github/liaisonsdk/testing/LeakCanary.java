package io.github.liaisonsdk.testing;

import io.github.liaisonsdk.basics.LiaisonException;
import org.junit.platform.launcher.LauncherSession;
import org.junit.platform.launcher.LauncherSessionListener;
import org.slf4j.LoggerFactory;

/**
 * Plants a known string in the log and in an exception message at the start of every test run, so that
 * {@link WholeRunLeakCheck} can show its capture works: a check that finds no marker proves nothing unless it
 * finds the canary. Registered for the JUnit launcher through {@code META-INF/services}, so every module whose
 * tests see the core's test jar carries it.
 */
public final class LeakCanary implements LauncherSessionListener {
  /** The string planted; it is not confidential and must be found. */
  public static final String CANARY = "LEAK-CHECK-CANARY-51c2";

  @Override
  public void launcherSessionOpened(LauncherSession session) {
    LoggerFactory.getLogger(LeakCanary.class).info("{} planted in the log", CANARY);
    // Created and dropped: the flight recording sees every exception created, thrown or not.
    new LiaisonException(CANARY + " planted in an exception message").fillInStackTrace();
  }
}
