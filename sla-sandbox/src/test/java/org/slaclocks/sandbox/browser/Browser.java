package org.slaclocks.sandbox.browser;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.ExpectedCondition;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * Debian's headless Chromium driven through Debian's ChromeDriver, as a person would use the
 * sandbox. Nothing downloads a browser: a missing one fails the run with the command that installs
 * it, never a skip.
 */
public final class Browser implements AutoCloseable {
  static final String CHROMIUM = "/usr/bin/chromium";
  static final String CHROMEDRIVER = "/usr/bin/chromedriver";
  static final String INSTALL =
      "apt-get install -y --no-install-recommends chromium chromium-driver fonts-liberation";

  private final WebDriver driver;
  private final String base;

  private Browser(WebDriver driver, String base) {
    this.driver = driver;
    this.base = base;
  }

  /** Starts a headless browser for pages under {@code base} (for example http://127.0.0.1:1234). */
  public static Browser start(String base) throws IOException {
    for (String program : List.of(CHROMIUM, CHROMEDRIVER)) {
      if (!Files.isExecutable(Path.of(program))) {
        throw new IllegalStateException(
            program
                + " is missing: the page tests need Debian's Chromium. Install it with: "
                + INSTALL);
      }
    }
    Path target = Path.of("target").toAbsolutePath();
    Files.createDirectories(target);
    Path profile = Files.createTempDirectory(target, "chromium-profile-");
    ChromeDriverService service =
        new ChromeDriverService.Builder()
            .usingDriverExecutable(new File(CHROMEDRIVER))
            .usingAnyFreePort()
            .withLogFile(target.resolve("chromedriver.log").toFile())
            // Chromium writes crash reports and dconf files under the home directory otherwise.
            .withEnvironment(
                Map.of(
                    "XDG_CONFIG_HOME", profile.resolve("config").toString(),
                    "XDG_CACHE_HOME", profile.resolve("cache").toString(),
                    "SE_OFFLINE", "true"))
            .build();
    ChromeOptions options = new ChromeOptions();
    options.setBinary(CHROMIUM);
    options.addArguments(
        "--headless=new",
        "--no-sandbox",
        "--disable-gpu",
        "--disable-dev-shm-usage",
        "--disable-background-networking",
        "--disable-component-update",
        "--disable-features=NetworkTimeServiceQuerying",
        "--no-first-run",
        "--disable-sync",
        "--disable-default-apps",
        "--disable-extensions",
        "--window-size=1280,1500",
        "--user-data-dir=" + profile);
    return new Browser(new ChromeDriver(service, options), base);
  }

  public WebDriver driver() {
    return driver;
  }

  public void open(String path) {
    driver.get(base + path);
  }

  public WebElement find(String css) {
    return driver.findElement(By.cssSelector(css));
  }

  public List<WebElement> findAll(String css) {
    return driver.findElements(By.cssSelector(css));
  }

  public <T> T waitUntil(ExpectedCondition<T> condition) {
    // A refreshed panel replaces its elements: a condition reading the old ones asks again.
    return new WebDriverWait(driver, Duration.ofSeconds(10))
        .ignoring(StaleElementReferenceException.class)
        .until(condition);
  }

  public Object script(String script, Object... args) {
    return ((JavascriptExecutor) driver).executeScript(script, args);
  }

  /** Saves what the window shows now, for people to look at (docs/screenshots). */
  public Path screenshot(Path file) throws IOException {
    Files.createDirectories(file.getParent());
    File shot = ((TakesScreenshot) driver).getScreenshotAs(OutputType.FILE);
    Files.copy(shot.toPath(), file, StandardCopyOption.REPLACE_EXISTING);
    return file;
  }

  @Override
  public void close() {
    driver.quit();
  }
}
