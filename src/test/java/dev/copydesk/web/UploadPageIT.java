package dev.copydesk.web;

import static org.assertj.core.api.Assertions.assertThat;

import dev.copydesk.config.CopydeskConfig;
import dev.copydesk.config.Server;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The upload page in a real headless Chromium (Debian's chromium and chromium-driver): sign in with
 * the token, upload a seed file with a pasted-twice section, see the title and the highlighted
 * repeat linked to its first occurrence. Leaves target/upload-page.png.
 */
class UploadPageIT {

  private static final Path CHROMEDRIVER = Path.of("/usr/bin/chromedriver");
  private static final Path CHROMIUM = Path.of("/usr/bin/chromium");
  private static final Path SEED = Path.of("seeds", "hospital-merger.doc");

  @TempDir Path dir;
  private EmbeddedServer server;
  private ChromeDriver browser;

  @BeforeEach
  void start() throws IOException {
    CopydeskConfig defaults = CopydeskConfig.defaults();
    CopydeskConfig config =
        defaults
            .withDataDir(dir.resolve("data").toString())
            .withServer(new Server("127.0.0.1", 0, "/copydesk", TestServer.TOKEN, false));
    server = EmbeddedServer.start(config);
    browser = chromium(Files.createDirectories(dir.resolve("profile")));
  }

  @AfterEach
  void stop() {
    if (browser != null) {
      browser.quit();
    }
    if (server != null) {
      server.stop();
    }
  }

  @Test
  void uploadsASeedAndShowsTheHighlightedRepeat() throws IOException {
    WebDriverWait wait = new WebDriverWait(browser, Duration.ofSeconds(60));
    browser.get(server.uri().toString());

    wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("token")))
        .sendKeys(TestServer.TOKEN);
    browser.findElement(By.cssSelector("#signin-form button[type=submit]")).click();
    wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("dropzone")));
    browser.findElement(By.id("file")).sendKeys(SEED.toAbsolutePath().toString());

    WebElement title =
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("entry-title")));
    List<WebElement> repeats = browser.findElements(By.cssSelector("#body .block.dup"));
    assertThat(title.getText()).isNotBlank().isNotEqualTo("No title found");
    assertThat(repeats).isNotEmpty();
    WebElement link = repeats.get(0).findElement(By.cssSelector("a.dup-link"));
    String target = link.getAttribute("href").substring(link.getAttribute("href").indexOf('#') + 1);
    assertThat(browser.findElements(By.id(target))).hasSize(1);
    assertThat(browser.findElement(By.id(target)).getAttribute("class")).contains("dup-source");
    assertThat(browser.findElement(By.id("delivery")).getText()).isNotBlank();
    assertThat(browser.findElements(By.cssSelector("#flags li code")))
        .extracting(WebElement::getText)
        .contains("DUPLICATE_SECTION");

    link.click();
    Path shot = browser.getScreenshotAs(OutputType.FILE).toPath();
    Files.copy(shot, Path.of("target", "upload-page.png"), StandardCopyOption.REPLACE_EXISTING);
  }

  private static ChromeDriver chromium(Path profile) {
    // Explicit driver and binary: Selenium Manager must not go to the network.
    System.setProperty("webdriver.chrome.driver", CHROMEDRIVER.toString());
    ChromeOptions options = new ChromeOptions();
    options.setBinary(CHROMIUM.toFile());
    options.addArguments(
        "--headless=new",
        "--no-sandbox",
        "--disable-gpu",
        "--disable-dev-shm-usage",
        "--disable-background-networking",
        "--disable-component-update",
        "--disable-sync",
        "--no-first-run",
        "--window-size=1280,1600",
        "--user-data-dir=" + profile);
    ChromeDriverService service =
        new ChromeDriverService.Builder().usingDriverExecutable(CHROMEDRIVER.toFile()).build();
    return new ChromeDriver(service, options);
  }
}
