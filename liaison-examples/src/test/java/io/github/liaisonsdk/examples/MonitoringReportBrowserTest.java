package io.github.liaisonsdk.examples;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import com.fasterxml.jackson.databind.JsonNode;
import io.github.liaisonsdk.json.LiaisonJson;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;

/**
 * The headteacher's monitoring page (LP36-7) as a real browser lays it out: Debian's headless Chromium, driven by
 * Selenium through Debian's chromedriver. Where neither is installed the test is skipped with the command that
 * installs them, unless {@code LIAISON_BROWSER_REQUIRED} is set (as {@code .ci/run} sets it, after installing
 * them): then a missing browser fails. The screenshot is kept under {@code target/browser/} for people to look at.
 */
class MonitoringReportBrowserTest {
  private static final Path CHROMIUM = Path.of("/usr/bin/chromium");
  private static final Path CHROMEDRIVER = Path.of("/usr/bin/chromedriver");

  private static ChromeDriver chromium(Path profile) {
    boolean installed = Files.isExecutable(CHROMIUM) && Files.isExecutable(CHROMEDRIVER);
    if (System.getenv("LIAISON_BROWSER_REQUIRED") != null) {
      assertThat(installed)
          .as("Chromium and chromedriver at /usr/bin (apt-get install -y chromium chromium-driver)")
          .isTrue();
    }
    Assumptions.assumeTrue(
        installed, "no Chromium here: apt-get install -y chromium chromium-driver");
    ChromeOptions options = new ChromeOptions().setBinary(CHROMIUM.toFile());
    // This machine's network is closed: without the background-networking flags Chromium keeps
    // dialling out.
    options.addArguments(
        "--headless=new",
        "--no-sandbox",
        "--disable-gpu",
        "--disable-quic",
        "--no-first-run",
        "--disable-background-networking",
        "--disable-component-update",
        "--disable-sync",
        "--disable-dev-shm-usage",
        "--user-data-dir=" + profile.toAbsolutePath(),
        "--window-size=1280,900");
    // The driver is Debian's: Selenium Manager would try to download one, which cannot work
    // offline.
    ChromeDriverService service =
        new ChromeDriverService.Builder()
            .usingDriverExecutable(CHROMEDRIVER.toFile())
            .usingAnyFreePort()
            .withTimeout(Duration.ofSeconds(30))
            .build();
    ChromeDriver driver = new ChromeDriver(service, options);
    driver
        .manage()
        .timeouts()
        .pageLoadTimeout(Duration.ofSeconds(30))
        .scriptTimeout(Duration.ofSeconds(30));
    return driver;
  }

  @Test
  @DisplayName(
      "LP36-7: in headless Chromium every chart label lies inside its chart and clear of the bars, and the figures shown are the report's")
  void theReportLookedAt(@TempDir Path dir) throws Exception {
    // The demo's own term, end to end: the report as the demo writes it, and its data as JSON
    // beside it.
    ByteArrayOutputStream json = new ByteArrayOutputStream();
    new Demo(new PrintStream(json, true, StandardCharsets.UTF_8), true).run(dir.resolve("liaison"));
    JsonNode monitoring =
        LiaisonJson.mapper().readTree(json.toString(StandardCharsets.UTF_8)).get("monitoring");
    Path page = dir.resolve("monitoring-report.html");
    assertThat(page).exists();

    ChromeDriver driver = chromium(dir.resolve("chromium-profile"));
    try {
      driver.get(page.toUri().toString());
      assertThat(driver.getTitle()).startsWith("Home-school liaison monitoring — Coxlease School");
      List<WebElement> charts = driver.findElements(By.cssSelector("svg"));
      assertThat(charts)
          .extracting(chart -> chart.getAttribute("id"))
          .contains("compliance-chart", "emergency-chart", "weekly-chart");
      for (WebElement chart : charts) {
        Map<String, Object> box = rect(driver, chart);
        List<WebElement> texts = chart.findElements(By.cssSelector("text"));
        assertThat(texts).as(chart.getAttribute("id")).isNotEmpty();
        for (WebElement text : texts) {
          Map<String, Object> label = rect(driver, text);
          String what = chart.getAttribute("id") + ": \"" + text.getText() + "\"";
          assertThat(number(label, "left"))
              .as(what)
              .isGreaterThanOrEqualTo(number(box, "left") - 0.5);
          assertThat(number(label, "right"))
              .as(what)
              .isLessThanOrEqualTo(number(box, "right") + 0.5);
          assertThat(number(label, "top"))
              .as(what)
              .isGreaterThanOrEqualTo(number(box, "top") - 0.5);
          assertThat(number(label, "bottom"))
              .as(what)
              .isLessThanOrEqualTo(number(box, "bottom") + 0.5);
        }
      }
      // Each residence context's name ends before its bar begins.
      WebElement compliance = driver.findElement(By.id("compliance-chart"));
      double barsStart =
          compliance.findElements(By.cssSelector("#compliance-chart > rect")).stream()
              .mapToDouble(bar -> number(rect(driver, bar), "left"))
              .min()
              .orElseThrow();
      List<WebElement> residenceLabels =
          compliance.findElements(By.cssSelector("#compliance-chart > text[x='0']"));
      assertThat(residenceLabels).hasSize(monitoring.get("cohorts").size());
      for (WebElement label : residenceLabels) {
        assertThat(number(rect(driver, label), "right"))
            .as(label.getText())
            .isLessThanOrEqualTo(barsStart);
      }

      // Each bar's length is its compliance against the 100% line, and its figure starts after it.
      List<WebElement> bars = compliance.findElements(By.cssSelector("#compliance-chart > rect"));
      List<WebElement> figures =
          compliance.findElements(By.cssSelector("#compliance-chart > text:not([x='0'])"));
      double fullLine =
          number(
              rect(driver, compliance.findElement(By.cssSelector("#compliance-chart > line"))),
              "left");
      assertThat(bars).hasSize(monitoring.get("cohorts").size());
      assertThat(figures).hasSize(bars.size());
      for (int i = 0; i < bars.size(); i++) {
        JsonNode cohort = monitoring.get("cohorts").get(i);
        Map<String, Object> bar = rect(driver, bars.get(i));
        long expectedContacts = cohort.get("expectedRoutineContacts").asLong();
        double ratio =
            expectedContacts == 0
                ? 1.0
                : cohort.get("actualRoutineContacts").asDouble() / expectedContacts;
        double drawn =
            (number(bar, "right") - number(bar, "left")) / (fullLine - number(bar, "left"));
        assertThat(drawn)
            .as("bar of " + cohort.get("residence").asText())
            .isCloseTo(ratio, within(0.02));
        assertThat(number(rect(driver, figures.get(i)), "left"))
            .as(figures.get(i).getText())
            .isGreaterThanOrEqualTo(number(bar, "right"));
      }
      // The emergency chart: each median as the report gives it, written after its bar.
      WebElement emergency = driver.findElement(By.id("emergency-chart"));
      List<WebElement> emergencyBars =
          emergency.findElements(By.cssSelector("#emergency-chart > rect"));
      List<WebElement> emergencyFigures =
          emergency.findElements(By.cssSelector("#emergency-chart > text:not([x='0'])"));
      assertThat(emergencyFigures).hasSize(emergencyBars.size()).isNotEmpty();
      for (int i = 0; i < emergencyBars.size(); i++) {
        assertThat(number(rect(driver, emergencyFigures.get(i)), "left"))
            .as(emergencyFigures.get(i).getText())
            .isGreaterThanOrEqualTo(number(rect(driver, emergencyBars.get(i)), "right"));
      }
      for (JsonNode cohort : monitoring.get("cohorts")) {
        if (cohort.get("emergencyContacts").asInt() > 0) {
          assertThat(emergency.getText())
              .contains(cohort.get("medianEmergencyResponseMinutes").asText() + " min");
        }
      }

      // The figures shown are the report's: the cohort table row by row, and each bar's value
      // label.
      List<WebElement> rows = driver.findElements(By.cssSelector("#cohorts tr"));
      assertThat(rows).hasSize(monitoring.get("cohorts").size() + 1);
      String chartText = compliance.getText();
      for (int i = 0; i < monitoring.get("cohorts").size(); i++) {
        JsonNode cohort = monitoring.get("cohorts").get(i);
        List<String> cells =
            rows.get(i + 1).findElements(By.cssSelector("td")).stream()
                .map(WebElement::getText)
                .toList();
        assertThat(cells.subList(1, 5))
            .as(cohort.get("residence").asText())
            .containsExactly(
                cohort.get("pupils").asText(), cohort.get("withPlan").asText(),
                cohort.get("actualRoutineContacts").asText(),
                    cohort.get("expectedRoutineContacts").asText());
        long expected = cohort.get("expectedRoutineContacts").asLong();
        long actual = cohort.get("actualRoutineContacts").asLong();
        double ratio = expected == 0 ? 1.0 : (double) actual / expected;
        assertThat(chartText)
            .contains(
                String.format(Locale.ROOT, "%.0f%% (%d of %d)", 100 * ratio, actual, expected));
      }

      Path screenshots = Path.of("target", "browser");
      Files.createDirectories(screenshots);
      long height =
          ((Number)
                  ((JavascriptExecutor) driver)
                      .executeScript("return document.documentElement.scrollHeight"))
              .longValue();
      driver.manage().window().setSize(new Dimension(1280, (int) Math.min(height + 40, 8_000)));
      Path shot = screenshots.resolve("monitoring-report.png");
      Files.write(shot, ((TakesScreenshot) driver).getScreenshotAs(OutputType.BYTES));
      assertThat(Files.size(shot)).isPositive();
    } finally {
      driver.quit();
    }
  }

  @SuppressWarnings("unchecked")
  private static Map<String, Object> rect(ChromeDriver driver, WebElement element) {
    return (Map<String, Object>)
        driver.executeScript(
            "const r = arguments[0].getBoundingClientRect();"
                + " return {left: r.left, right: r.right, top: r.top, bottom: r.bottom};",
            element);
  }

  private static double number(Map<String, Object> box, String side) {
    return ((Number) box.get(side)).doubleValue();
  }
}
